/** Time for the services that wait: the system clock in the app, a fake one in tests. */
export interface Clock {
  now(): number;
  /** Runs `run` after `delayMs`; returns the function that cancels it. */
  schedule(delayMs: number, run: () => void): () => void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  schedule(delayMs, run) {
    const timer = setTimeout(run, delayMs);
    // A pending idle deadline must not keep a test run or a closing host alive.
    timer.unref();
    return () => clearTimeout(timer);
  },
};
