import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BornePaths } from '../startup/paths';

const FILE_NAME = /^[\w.-]{1,80}\.(png|jpe?g|webp|svg)$/i;
const MAX_BYTES = 1024 * 1024;

/** The media type the bytes really are, whatever the file name says; null if none we show. */
function sniff(bytes: Buffer): string | null {
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) {
    return 'image/png';
  }
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.toString('latin1', 0, 4) === 'RIFF' && bytes.toString('latin1', 8, 12) === 'WEBP') {
    return 'image/webp';
  }
  const head = bytes.toString('utf8', 0, 512).trimStart();
  if (/^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<svg[\s>]/i.test(head)) return 'image/svg+xml';
  return null;
}

/**
 * The centre's logo as a data: URL (the UI's CSP allows data: images and nothing remote):
 * from the data folder's config/assets (uploaded in admin mode), else from the app's
 * kiosk-config/assets (the demo centre's). An SVG shown through <img> runs no script.
 */
export function readLogoDataUrl(paths: BornePaths, fileName: string): string | null {
  if (!FILE_NAME.test(fileName)) return null;
  for (const dir of [paths.configAssetsDir, join(paths.kioskConfigDir, 'assets')]) {
    const file = join(dir, fileName);
    try {
      if (statSync(file).size > MAX_BYTES) return null;
      const bytes = readFileSync(file);
      const type = sniff(bytes);
      return type ? `data:${type};base64,${bytes.toString('base64')}` : null;
    } catch {
      // Not in this folder: try the next one.
    }
  }
  return null;
}
