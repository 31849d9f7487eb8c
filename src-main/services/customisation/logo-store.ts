import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApiFailure } from '../../api/contract/errors';
import { checkLogoBytes, MEDIA_TYPES, type ImageKind } from '../../policy/image-check';
import { isDiskSpaceError, writeFileAtomic } from '../fs/atomic-write';

const EXTENSIONS: Readonly<Record<ImageKind, string>> = {
  png: 'png',
  jpeg: 'jpg',
  webp: 'webp',
  svg: 'svg',
};
// The pattern `centre.logo` allows (a hand-placed file may have another name); no separators.
const FILE_NAME = /^[\w.-]{1,80}\.(?:png|jpe?g|webp|svg)$/i;

/**
 * The centre's logo files in the data folder (config/assets). A file is named by its
 * content hash, so an upload never overwrites the logo in force and older config
 * versions in the history keep theirs. The UI gets a logo as a data: URL, which the
 * CSP allows for images, so no file path ever reaches the renderer.
 */
export class LogoStore {
  /**
   * `dir` holds the logos uploaded in admin mode; `shippedDirs` are read-only folders of
   * the app (the demo centre's logo in kiosk-config/assets), read when `dir` lacks the file.
   */
  constructor(
    private readonly dir: string,
    private readonly shippedDirs: readonly string[] = [],
  ) {}

  /** Checks the bytes, stores them, returns the file name to put in `centre.logo`. */
  save(bytes: Buffer): string {
    const checked = checkLogoBytes(bytes);
    if (!checked.ok) {
      throw new ApiFailure('invalid-argument', 'logo refused', { reason: checked.problem });
    }
    const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
    const name = `logo-${hash}.${EXTENSIONS[checked.kind]}`;
    try {
      mkdirSync(this.dir, { recursive: true });
      writeFileAtomic(join(this.dir, name), bytes);
    } catch (error) {
      const reason = isDiskSpaceError(error) ? 'disk-full' : 'write-failed';
      throw new ApiFailure('unavailable', 'logo not stored', { reason });
    }
    return name;
  }

  /** The logo as a data: URL, or null when the file is absent or no longer passes the checks. */
  dataUrl(fileName: string): string | null {
    if (!FILE_NAME.test(fileName)) return null;
    const bytes = this.bytes(fileName);
    if (!bytes) return null;
    const checked = checkLogoBytes(bytes);
    if (!checked.ok) return null;
    return `data:${MEDIA_TYPES[checked.kind]};base64,${bytes.toString('base64')}`;
  }

  /** The stored bytes of a logo (uploaded, else shipped with the app), or null. */
  bytes(fileName: string): Buffer | null {
    if (!FILE_NAME.test(fileName)) return null;
    for (const dir of [this.dir, ...this.shippedDirs]) {
      try {
        return readFileSync(join(dir, fileName));
      } catch {
        // Not in this folder: try the next one.
      }
    }
    return null;
  }
}
