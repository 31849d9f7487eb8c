/** What the referent may upload as the centre's logo, and why a file is refused. */
export const LOGO_MAX_BYTES = 1024 * 1024;
export const LOGO_MAX_SIDE_PX = 4096;

export type ImageKind = 'png' | 'jpeg' | 'webp' | 'svg';
export type ImageProblem =
  | 'logo-empty'
  | 'logo-too-large'
  | 'logo-not-an-image'
  | 'logo-svg-unsafe'
  | 'logo-too-many-pixels';

export const MEDIA_TYPES: Readonly<Record<ImageKind, string>> = {
  png: 'image/png',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  svg: 'image/svg+xml',
};

export type ImageCheck = { ok: true; kind: ImageKind } | { ok: false; problem: ImageProblem };

/**
 * Decides from the bytes, never from the file name or the declared type: a renamed .exe
 * or an HTML page is "not an image". PNG, JPEG and WebP are recognised by their
 * signatures; SVG is text, accepted only without anything active in it.
 */
export function checkLogoBytes(bytes: Uint8Array): ImageCheck {
  if (bytes.length === 0) return { ok: false, problem: 'logo-empty' };
  if (bytes.length > LOGO_MAX_BYTES) return { ok: false, problem: 'logo-too-large' };
  const kind = sniffImage(bytes);
  if (!kind) return { ok: false, problem: 'logo-not-an-image' };
  if (kind === 'svg' && !isInertSvg(new TextDecoder().decode(bytes))) {
    return { ok: false, problem: 'logo-svg-unsafe' };
  }
  const size = kind === 'png' ? pngSize(bytes) : undefined;
  if (size && (size.width > LOGO_MAX_SIDE_PX || size.height > LOGO_MAX_SIDE_PX)) {
    return { ok: false, problem: 'logo-too-many-pixels' };
  }
  return { ok: true, kind };
}

export function sniffImage(bytes: Uint8Array): ImageKind | null {
  const starts = (...signature: number[]) => signature.every((byte, i) => bytes[i] === byte);
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png';
  if (starts(0xff, 0xd8, 0xff)) return 'jpeg';
  if (starts(0x52, 0x49, 0x46, 0x46) && ascii(bytes, 8, 12) === 'WEBP') return 'webp';
  const head = new TextDecoder().decode(bytes.subarray(0, 1024)).replace(/^\uFEFF/, '');
  if (/^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<svg[\s>]/i.test(head)) return 'svg';
  return null;
}

/**
 * An SVG with no script, no event handler, no external or javascript: reference, no
 * embedded HTML and no entity declarations. The logo is shown through <img> under the
 * UI's CSP, where script never runs anyway; this refusal is a second wall and keeps a
 * hostile file out of backups that may be opened elsewhere.
 */
export function isInertSvg(text: string): boolean {
  const forbidden = [
    /<script/i,
    /\son[a-z]+\s*=/i,
    /javascript:/i,
    /<foreignObject/i,
    /<!ENTITY/i,
    /<!DOCTYPE/i,
    /\b(?:xlink:)?href\s*=\s*["']\s*(?!#)/i,
    /url\(\s*["']?\s*(?!#)/i,
    /@import/i,
  ];
  return !forbidden.some((pattern) => pattern.test(text));
}

function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  if (bytes.length < 24 || ascii(bytes, 12, 16) !== 'IHDR') return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

function ascii(bytes: Uint8Array, from: number, to: number): string {
  return String.fromCharCode(...bytes.subarray(from, to));
}
