import { _electron as electron, expect, test } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { API_METHOD_NAMES } from '../../src-main/api/method-names';
import { findElectronBinary } from '../support/electron-binary';
import { screenshot } from '../support/screenshots';

const binary = findElectronBinary();
if (!binary.path) console.log(`[electron specs] skipped: ${binary.reason}`);

const ROOT = resolve(import.meta.dirname, '..', '..');

test.describe('the Electron app', () => {
  test.skip(!binary.path, `Electron binary absent: ${binary.reason ?? ''}`);

  test('starts the borne on the demo centre in a locked-down window', async ({}, testInfo) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'borne-electron-'));
    const app = await electron.launch({
      executablePath: binary.path,
      args: [ROOT, '--windowed', '--data-dir', dataDir],
      cwd: ROOT,
    });
    try {
      const page = await app.firstWindow();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        'Centre social Les Marronniers',
      );
      expect(page.url()).toBe('app://borne/index.html');

      // No Node in the page, only the named API.
      expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe(
        'undefined',
      );
      expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe(
        'undefined',
      );
      expect(
        await page.evaluate(() =>
          Object.keys((window as unknown as { borne: object }).borne).sort(),
        ),
      ).toEqual([...Object.keys(API_METHOD_NAMES), 'on'].sort());

      // webPreferences themselves are unit-tested in src-main/shell/ui-window-options.test.ts;
      // here the page proves it: no Node, and the sandbox hides process and require.
      // The UI cannot be navigated off its own origin.
      await page.evaluate(() => {
        window.location.href = 'https://example.com/';
      });
      await page.waitForTimeout(500);
      expect(page.url()).toBe('app://borne/index.html');
      await screenshot(page, testInfo, 'electron-home');
    } finally {
      await app.close();
    }
  });
});
