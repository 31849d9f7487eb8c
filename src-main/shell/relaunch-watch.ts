import { shouldRelaunch, type RelaunchInput } from '../policy/relaunch-rules';

export interface RelaunchWatchInput {
  facts(): Omit<RelaunchInput, 'now' | 'launchedAt'>;
  relaunch(): void;
  now?: () => Date;
  every?: (run: () => void, ms: number) => () => void;
}

/** Checks once a minute whether the borne should restart itself now (policy/relaunch-rules). */
export function watchForRelaunch(input: RelaunchWatchInput): () => void {
  const now = input.now ?? (() => new Date());
  const launchedAt = now();
  const every = input.every ?? defaultEvery;
  let done = false;
  return every(() => {
    if (done) return;
    if (shouldRelaunch({ ...input.facts(), now: now(), launchedAt })) {
      done = true;
      input.relaunch();
    }
  }, 60_000);
}

function defaultEvery(run: () => void, ms: number): () => void {
  const timer = setInterval(run, ms);
  timer.unref();
  return () => clearInterval(timer);
}
