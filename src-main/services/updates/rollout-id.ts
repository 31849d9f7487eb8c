import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../fs/atomic-write';

/**
 * This borne's random rollout id (staged rollouts put it in a fixed bucket). Random, kept
 * in the data folder, linked to nothing: not the centre, not the machine, not a person.
 */
export function readOrCreateRolloutId(dir: string): string {
  const file = join(dir, 'rollout-id');
  try {
    const existing = readFileSync(file, 'utf8').trim();
    if (/^[0-9a-f]{32}$/.test(existing)) return existing;
  } catch {
    // First start, or unreadable: make a new one.
  }
  const id = randomBytes(16).toString('hex');
  try {
    mkdirSync(dir, { recursive: true });
    writeFileAtomic(file, `${id}\n`);
  } catch {
    // Unwritable data folder: a fresh id each start only reshuffles this borne's bucket.
  }
  return id;
}
