import {
  IDLE_OFF,
  idleStep,
  nextDeadline,
  type IdleEffect,
  type IdleEvent,
  type IdleSettings,
  type IdleState,
} from '../../policy/idle/idle-machine';
import type { Clock } from './clock';

export interface IdleWatchOptions {
  clock: Clock;
  /** Read at every step, so a referent's change applies to the running session. */
  settings(): IdleSettings;
  onWarning(secondsLeft: number): void;
  onCancelled(): void;
  /** The countdown ran out: end the session (everything is wiped). */
  onExpired(): void;
}

/**
 * Runs the idle state machine (policy/idle) on a clock: one timer, set to the machine's
 * next deadline after every event. Inputs come from the UI (reportActivity) and from
 * the site view (the shell sees every key, click and touch there).
 */
export class IdleWatch {
  private state: IdleState = IDLE_OFF;
  private cancelTimer: (() => void) | null = null;

  constructor(private readonly options: IdleWatchOptions) {}

  get phase(): IdleState['phase'] {
    return this.state.phase;
  }

  sessionStarted(): void {
    this.apply({ type: 'session-started', atMs: this.options.clock.now() });
  }

  sessionEnded(): void {
    this.apply({ type: 'session-ended' });
  }

  /** Any input; returns whether it cancelled a countdown on screen. */
  input(): boolean {
    const wasWarning = this.state.phase === 'warning';
    this.apply({ type: 'input', atMs: this.options.clock.now() });
    return wasWarning && this.state.phase !== 'warning';
  }

  hold(reason: string): void {
    this.apply({ type: 'hold', reason, atMs: this.options.clock.now() });
  }

  release(reason: string): void {
    this.apply({ type: 'release', reason, atMs: this.options.clock.now() });
  }

  /** The idle settings changed: the next deadline moves with them. */
  settingsChanged(): void {
    this.reschedule();
  }

  stop(): void {
    this.cancelTimer?.();
    this.cancelTimer = null;
  }

  private apply(event: IdleEvent): void {
    const step = idleStep(this.state, event, this.options.settings());
    this.state = step.state;
    for (const effect of step.effects) this.perform(effect);
    this.reschedule();
  }

  private perform(effect: IdleEffect): void {
    if (effect.type === 'show-warning') this.options.onWarning(effect.secondsLeft);
    else if (effect.type === 'cancel-warning') this.options.onCancelled();
    else this.options.onExpired();
  }

  private reschedule(): void {
    this.stop();
    const deadline = nextDeadline(this.state, this.options.settings());
    if (deadline === null) return;
    const delay = Math.max(0, deadline - this.options.clock.now());
    this.cancelTimer = this.options.clock.schedule(delay, () => {
      this.cancelTimer = null;
      this.apply({ type: 'tick', atMs: this.options.clock.now() });
    });
  }
}
