import { expect, type ElectronApplication, type Page } from '@playwright/test';
import { findElectronBinary } from '../support/electron-binary';
import { kioskTest as test, openDemarche } from '../support/electron-borne';
import { screenshot } from '../support/screenshots';

const binary = findElectronBinary();
if (!binary.path) console.log(`[electron specs] skipped: ${binary.reason}`);

/** The borne's UI page, found again after a renderer of its own came back. */
async function uiPage(app: ElectronApplication): Promise<Page> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const page = app
      .windows()
      .find((each) => !each.isClosed() && each.url().startsWith('app://borne'));
    if (page) return page;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('no UI page');
}

async function expectCleanHome(app: ElectronApplication, withinMs: number) {
  await expect
    .poll(
      async () => {
        const ui = await uiPage(app);
        const heading = await ui
          .getByRole('heading', { level: 1 })
          .textContent()
          .catch(() => null);
        const session = await ui
          .evaluate(() =>
            (
              window as unknown as { borne: { session: { current(): Promise<unknown> } } }
            ).borne.session.current(),
          )
          .catch(() => 'unavailable');
        return { heading, session };
      },
      { timeout: withinMs },
    )
    .toEqual({ heading: 'Centre social Les Marronniers', session: null });
  // No site view left over the home screen.
  expect(
    await app.evaluate(
      ({ webContents }) =>
        webContents.getAllWebContents().filter((each) => each.getURL().startsWith('https://'))
          .length,
    ),
  ).toBe(0);
}

test.describe('crash and hang recovery', () => {
  test.skip(!binary.path, `Electron binary absent: ${binary.reason ?? ''}`);

  test('a killed site renderer brings back the clean home screen within seconds', async ({
    borne,
  }, testInfo) => {
    await openDemarche(borne, 'caf-attestation-paiement');
    const pid = await borne.app.evaluate(({ webContents }) =>
      webContents
        .getAllWebContents()
        .find((each) => each.getURL().startsWith('https://'))
        ?.getOSProcessId(),
    );
    expect(pid).toBeGreaterThan(0);
    process.kill(pid ?? 0, 'SIGKILL');
    await expectCleanHome(borne.app, 10_000);
    await screenshot(await uiPage(borne.app), testInfo, 'electron-home-after-site-crash');
  });

  test('a hung site renderer is crashed on purpose after its grace, and the borne comes home', async ({
    borne,
  }) => {
    const page = await openDemarche(borne, 'caf-attestation-paiement');
    void page
      .evaluate(() => {
        for (;;) {
          // An official site stuck in a loop.
        }
      })
      .catch(() => undefined);
    await expectCleanHome(borne.app, 30_000);
  });

  test('a crashed UI renderer comes back to the home screen, the session wiped', async ({
    borne,
  }) => {
    await openDemarche(borne, 'caf-attestation-paiement');
    await borne.app.evaluate(({ BrowserWindow }) => {
      BrowserWindow.getAllWindows()[0]?.webContents.forcefullyCrashRenderer();
    });
    await expectCleanHome(borne.app, 15_000);
  });
});
