import { afterAll, beforeAll } from 'vitest';
import { startPrivateCups, type PrivateCups } from './private-cups';

/** One private CUPS for the tests of a describe block: started before them, removed after. */
export function usePrivateCups(): () => PrivateCups {
  let cups: PrivateCups | null = null;
  beforeAll(async () => {
    cups = await startPrivateCups();
  }, 30_000);
  afterAll(async () => {
    await cups?.dispose();
  });
  return () => {
    if (!cups) throw new Error('the private CUPS is not started');
    return cups;
  };
}
