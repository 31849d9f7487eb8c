import { describe, expect, it } from 'vitest';
import { checkLogoBytes, LOGO_MAX_BYTES } from './image-check';

const PNG_1PX = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

function pngWithSize(width: number, height: number): Buffer {
  const copy = Buffer.from(PNG_1PX);
  copy.writeUInt32BE(width, 16);
  copy.writeUInt32BE(height, 20);
  return copy;
}

describe('logo checks', () => {
  it('accepts PNG, JPEG and WebP by their bytes', () => {
    expect(checkLogoBytes(PNG_1PX)).toEqual({ ok: true, kind: 'png' });
    expect(checkLogoBytes(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toEqual({
      ok: true,
      kind: 'jpeg',
    });
    const webp = Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WEBPVP8 ')]);
    expect(checkLogoBytes(webp)).toEqual({ ok: true, kind: 'webp' });
  });

  it('refuses what is not an image, whatever its name says', () => {
    expect(checkLogoBytes(Buffer.from('MZ\x90\x00 this is a program'))).toEqual({
      ok: false,
      problem: 'logo-not-an-image',
    });
    expect(checkLogoBytes(Buffer.from('<html><body>hello</body></html>'))).toMatchObject({
      problem: 'logo-not-an-image',
    });
    expect(checkLogoBytes(Buffer.alloc(0))).toMatchObject({ problem: 'logo-empty' });
  });

  it('refuses a file over the size cap, 50 MB included', () => {
    const big = Buffer.alloc(50 * 1024 * 1024);
    PNG_1PX.copy(big);
    expect(checkLogoBytes(big)).toEqual({ ok: false, problem: 'logo-too-large' });
    expect(checkLogoBytes(Buffer.concat([PNG_1PX, Buffer.alloc(LOGO_MAX_BYTES)]))).toMatchObject({
      problem: 'logo-too-large',
    });
  });

  it('refuses a PNG that claims more pixels than a logo needs', () => {
    expect(checkLogoBytes(pngWithSize(20000, 100))).toMatchObject({
      problem: 'logo-too-many-pixels',
    });
  });

  it('accepts a plain SVG and refuses one with anything active in it', () => {
    const plain =
      '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4" fill="#2a6"/></svg>';
    expect(checkLogoBytes(Buffer.from(plain))).toEqual({ ok: true, kind: 'svg' });
    for (const hostile of [
      '<svg><script>alert(1)</script></svg>',
      '<svg onload="alert(1)"></svg>',
      '<svg><a href="javascript:alert(1)"><text>x</text></a></svg>',
      '<svg><image href="https://tracker.example/x.png"/></svg>',
      '<svg><foreignObject><iframe src="x"/></foreignObject></svg>',
      '<svg><style>@import url(https://x.example/a.css)</style></svg>',
    ]) {
      expect(checkLogoBytes(Buffer.from(hostile))).toEqual({
        ok: false,
        problem: 'logo-svg-unsafe',
      });
    }
  });
});
