import type { Browser, Page } from '@playwright/test';

export const CPU_SLOWDOWN = 4;

/** A fresh page whose CPU Chromium slows down 4× (DevTools protocol), as on an old PC. */
export async function throttledPage(
  browser: Browser,
): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  return { page, close: () => context.close() };
}
