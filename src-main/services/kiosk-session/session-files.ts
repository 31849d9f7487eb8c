import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isOfferedName } from '../../policy/session-file-choice';

export interface SessionFile {
  name: string;
  sizeBytes: number;
}

/**
 * The resident's session folder (downloaded PDFs, documents to send back to a site):
 * listed for a site's file chooser, emptied at every session end and at start-up.
 */
export function listSessionFiles(dir: string): SessionFile[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const files: SessionFile[] = [];
  for (const name of names.sort((a, b) => a.localeCompare(b, 'fr'))) {
    if (!isOfferedName(name)) continue;
    try {
      const stats = statSync(join(dir, name));
      if (stats.isFile()) files.push({ name, sizeBytes: stats.size });
    } catch {
      // Deleted between the listing and the stat: not offered.
    }
  }
  return files;
}

/** Deletes everything in the folder (files and sub-folders), keeps the folder itself. */
export function emptySessionFolder(dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir)) {
    rmSync(join(dir, name), { recursive: true, force: true, maxRetries: 3 });
  }
}
