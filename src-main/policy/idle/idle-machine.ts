/**
 * The resident session's idle timer as a pure state machine. While a session is open,
 * every input (in the borne's UI or in the site) restarts the idle time; when it runs out
 * the countdown "Êtes-vous toujours là ?" starts, and any input cancels it; when the
 * countdown runs out the session expires and everything is wiped. Holds (a print job,
 * an open file chooser) stop the timer while they last: nobody is asked whether they are
 * still there while the printer works for them.
 *
 * Times are milliseconds from one clock; the caller asks `nextDeadline` when to tick.
 */
export interface IdleSettings {
  idleSeconds: number;
  warningSeconds: number;
}

export type IdleState =
  | { phase: 'off' }
  | { phase: 'watching'; lastInputMs: number; holds: readonly string[] }
  | { phase: 'warning'; startedMs: number; holds: readonly string[] }
  | { phase: 'expired' };

export type IdleEvent =
  | { type: 'session-started'; atMs: number }
  | { type: 'session-ended' }
  | { type: 'input'; atMs: number }
  | { type: 'tick'; atMs: number }
  | { type: 'hold'; reason: string; atMs: number }
  | { type: 'release'; reason: string; atMs: number };

export type IdleEffect =
  { type: 'show-warning'; secondsLeft: number } | { type: 'cancel-warning' } | { type: 'expire' };

export interface IdleStep {
  state: IdleState;
  effects: IdleEffect[];
}

export const IDLE_OFF: IdleState = { phase: 'off' };

export function idleStep(state: IdleState, event: IdleEvent, settings: IdleSettings): IdleStep {
  switch (event.type) {
    case 'session-started':
      return watching(event.atMs, []);
    case 'session-ended':
      return { state: IDLE_OFF, effects: state.phase === 'warning' ? [CANCEL] : [] };
    case 'input':
      return onInput(state, event.atMs);
    case 'tick':
      return onTick(state, event.atMs, settings);
    case 'hold':
      return onHold(state, event.reason, event.atMs, true);
    case 'release':
      return onHold(state, event.reason, event.atMs, false);
  }
}

/** When the state changes by itself next (null: only an event can change it). */
export function nextDeadline(state: IdleState, settings: IdleSettings): number | null {
  if (state.phase === 'watching' && state.holds.length === 0) {
    return state.lastInputMs + settings.idleSeconds * 1000;
  }
  if (state.phase === 'warning') return state.startedMs + settings.warningSeconds * 1000;
  return null;
}

const CANCEL: IdleEffect = { type: 'cancel-warning' };

function watching(atMs: number, holds: readonly string[], effects: IdleEffect[] = []): IdleStep {
  return { state: { phase: 'watching', lastInputMs: atMs, holds }, effects };
}

function onInput(state: IdleState, atMs: number): IdleStep {
  if (state.phase === 'watching') return watching(atMs, state.holds);
  if (state.phase === 'warning') return watching(atMs, state.holds, [CANCEL]);
  return { state, effects: [] };
}

function onTick(state: IdleState, atMs: number, settings: IdleSettings): IdleStep {
  const deadline = nextDeadline(state, settings);
  if (deadline === null || atMs < deadline) return { state, effects: [] };
  if (state.phase === 'watching') {
    return {
      state: { phase: 'warning', startedMs: atMs, holds: state.holds },
      effects: [{ type: 'show-warning', secondsLeft: settings.warningSeconds }],
    };
  }
  return { state: { phase: 'expired' }, effects: [{ type: 'expire' }] };
}

function onHold(state: IdleState, reason: string, atMs: number, holding: boolean): IdleStep {
  if (state.phase !== 'watching' && state.phase !== 'warning') return { state, effects: [] };
  const others = state.holds.filter((held) => held !== reason);
  const holds = holding ? [...others, reason] : others;
  // Starting or ending a hold is the resident's doing: it counts as input.
  return watching(atMs, holds, state.phase === 'warning' ? [CANCEL] : []);
}
