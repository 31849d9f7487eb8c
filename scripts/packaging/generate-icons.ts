/**
 * `npm run icons`: renders resources/icon.svg with Chromium (Playwright, the project's own
 * browser tooling) into what electron-builder needs:
 *   resources/icon.png          512 px, the source for every platform
 *   resources/icons/NxN.png     the Linux icon set (AppImage and deb)
 *   resources/icon.ico          Windows: app, installer and uninstaller (16–256 px)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../../e2e/support/chromium';
import { encodeIco } from './ico';

const RESOURCES = resolve(import.meta.dirname, '..', '..', 'resources');
export const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512] as const;
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256] as const;

async function main(): Promise<void> {
  const svg = readFileSync(join(RESOURCES, 'icon.svg'), 'utf8');
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage();
    const render = async (size: number) => {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
      );
      return page.screenshot({
        omitBackground: true,
        clip: { x: 0, y: 0, width: size, height: size },
      });
    };
    mkdirSync(join(RESOURCES, 'icons'), { recursive: true });
    const pngs = new Map<number, Buffer>();
    for (const size of new Set([...LINUX_SIZES, ...ICO_SIZES])) pngs.set(size, await render(size));
    for (const size of LINUX_SIZES) {
      writeFileSync(
        join(RESOURCES, 'icons', `${size}x${size}.png`),
        pngs.get(size) ?? Buffer.alloc(0),
      );
    }
    writeFileSync(join(RESOURCES, 'icon.png'), pngs.get(512) ?? Buffer.alloc(0));
    writeFileSync(
      join(RESOURCES, 'icon.ico'),
      encodeIco(ICO_SIZES.map((size) => ({ size, png: pngs.get(size) ?? Buffer.alloc(0) }))),
    );
    console.log(`icons written to ${RESOURCES}`);
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
