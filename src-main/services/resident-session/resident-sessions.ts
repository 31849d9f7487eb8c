import { randomUUID } from 'node:crypto';

export type SessionEndReason = 'finished' | 'idle' | 'recovered' | 'admin';

export interface ResidentSession {
  /** Random, never linked to a person; also the Matomo visit of this session. */
  id: string;
  startedAtMs: number;
}

export interface EndedSession extends ResidentSession {
  endedAtMs: number;
  reason: SessionEndReason;
}

type StartListener = (session: ResidentSession) => void;
type EndListener = (session: EndedSession) => void | Promise<void>;

/**
 * The one resident session at a time: started at the first action on the home screen,
 * ended by "Terminer", the idle countdown, a crash recovery or admin mode. Features hook
 * their clean-up on `onEnd` (wipe the site partition, delete the session's PDFs, record
 * the statistics); `end` resolves once every hook has run, failed hooks included.
 */
export class ResidentSessions {
  private active: ResidentSession | null = null;
  private readonly startListeners = new Set<StartListener>();
  private readonly endListeners = new Set<EndListener>();
  private readonly endedListeners = new Set<(session: EndedSession) => void>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly onHookError: (error: unknown) => void = () => {},
  ) {}

  get current(): ResidentSession | null {
    return this.active;
  }

  /** Returns the open session, or opens one. */
  ensureStarted(): ResidentSession {
    if (this.active) return this.active;
    const session = { id: randomUUID(), startedAtMs: this.now() };
    this.active = session;
    for (const listener of this.startListeners) this.safely(() => listener(session));
    return session;
  }

  /** Ends the open session, if any, and waits for every clean-up hook. */
  async end(reason: SessionEndReason): Promise<EndedSession | null> {
    const session = this.active;
    if (!session) return null;
    this.active = null;
    const ended: EndedSession = { ...session, endedAtMs: this.now(), reason };
    await Promise.all(
      [...this.endListeners].map((listener) => this.safelyAsync(() => listener(ended))),
    );
    for (const listener of this.endedListeners) this.safely(() => listener(ended));
    return ended;
  }

  onStart(listener: StartListener): () => void {
    this.startListeners.add(listener);
    return () => this.startListeners.delete(listener);
  }

  /** A clean-up to run when a session ends (awaited before `end` resolves). */
  onEnd(listener: EndListener): () => void {
    this.endListeners.add(listener);
    return () => this.endListeners.delete(listener);
  }

  /** Told once every clean-up has run: the borne is clean for the next resident. */
  onEnded(listener: (session: EndedSession) => void): () => void {
    this.endedListeners.add(listener);
    return () => this.endedListeners.delete(listener);
  }

  private safely(run: () => void): void {
    try {
      run();
    } catch (error) {
      this.onHookError(error);
    }
  }

  private async safelyAsync(run: () => void | Promise<void>): Promise<void> {
    try {
      await run();
    } catch (error) {
      // One failed clean-up must not stop the others nor the return to the home screen.
      this.onHookError(error);
    }
  }
}
