import { isAbsolute, relative, resolve } from 'node:path';

/**
 * A site's file chooser (<input type=file>) never opens the system dialog: the borne
 * lists the files of the resident's session folder (documents the site gave them during
 * this session) and the resident picks one there. This resolves a picked name to its
 * path, or null when the name tries to leave the folder.
 */
export function resolveSessionFile(folder: string, name: string): string | null {
  if (!isOfferedName(name)) return null;
  const path = resolve(folder, name);
  const inside = relative(resolve(folder), path);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return null;
  return path;
}

/** Plain file names only: no folders, no hidden files, no control characters. */
export function isOfferedName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= 200 &&
    !name.startsWith('.') &&
    !/[/\\:\u0000-\u001f]/.test(name) &&
    name.trim() === name
  );
}
