import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CentreConfig } from '../../api/contract/config';
import type { ApiEnvelope } from '../../api/contract/errors';
import { createTestBorne, type TestBorne } from '../../test-support/test-services';

const PNG_1PX = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

let borne: TestBorne;
afterEach(() => borne.services.close());

async function unlocked(): Promise<TestBorne> {
  borne = createTestBorne();
  await borne.services.adminAuth.createPin('482915');
  return borne;
}

async function call(method: string, ...args: unknown[]): Promise<ApiEnvelope> {
  return borne.dispatcher.dispatch(method, args);
}

function current(): CentreConfig {
  return structuredClone(borne.services.config.current);
}

describe('logo upload', () => {
  it('stores a real image under the data folder and serves it as a data: URL', async () => {
    await unlocked();
    const upload = await call('customise.uploadLogo', PNG_1PX.toString('base64'));
    expect(upload.ok).toBe(true);
    const { fileName, dataUrl } = (upload as { result: { fileName: string; dataUrl: string } })
      .result;
    expect(fileName).toMatch(/^logo-[0-9a-f]{16}\.png$/);
    expect(dataUrl).toBe(`data:image/png;base64,${PNG_1PX.toString('base64')}`);
    expect(readFileSync(join(borne.dataDir, 'config', 'assets', fileName))).toEqual(PNG_1PX);
    const config = current();
    await call('config.update', { ...config, centre: { ...config.centre, logo: fileName } });
    expect(await call('centre.getLogo')).toEqual({ ok: true, result: dataUrl });
  });

  it('refuses a file that is not an image, whatever it is called', async () => {
    await unlocked();
    const answer = await call(
      'customise.uploadLogo',
      Buffer.from('MZ\x90 program').toString('base64'),
    );
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument', reason: 'logo-not-an-image' },
    });
  });

  it('refuses 50 MB before decoding it, and 2 MB in the service', async () => {
    await unlocked();
    const huge = Buffer.alloc(50 * 1024 * 1024);
    PNG_1PX.copy(huge);
    const answer = await call('customise.uploadLogo', huge.toString('base64'));
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(answer.ok ? null : answer.error.issues?.[0]?.code).toBe('too-long');
    expect(() => borne.services.logos.save(huge)).toThrow(
      expect.objectContaining({ details: { reason: 'logo-too-large' } }),
    );
    const twoMb = Buffer.alloc(2 * 1024 * 1024);
    PNG_1PX.copy(twoMb);
    const medium = await call('customise.uploadLogo', twoMb.toString('base64').slice(0, 1_400_000));
    expect(medium).toMatchObject({ ok: false, error: { reason: 'logo-too-large' } });
  });
});

describe('custom links', () => {
  it('names the field of a bad address, then accepts a good link for residents', async () => {
    await unlocked();
    const config = current();
    const link = {
      id: 'permanence-mairie-lille',
      themeId: 'famille-caf',
      title: 'Mairie de Lille',
      url: 'www.lille.fr',
      domains: ['*.lille.fr'],
    };
    const bad = await call('config.update', {
      ...config,
      portal: { ...config.portal, customLinks: [link] },
    });
    expect(bad.ok ? [] : bad.error.issues).toContainEqual(
      expect.objectContaining({ path: 'portal.customLinks.0.url', format: 'https-url' }),
    );
    const good = await call('config.update', {
      ...config,
      portal: { ...config.portal, customLinks: [{ ...link, url: 'https://www.lille.fr/' }] },
    });
    expect(good.ok).toBe(true);
    expect(borne.services.residentCatalogue.find('permanence-mairie-lille')).toMatchObject({
      origin: 'centre',
      domains: ['*.lille.fr'],
    });
  });

  it('refuses a link in a theme the catalogue does not have', async () => {
    await unlocked();
    const config = current();
    const answer = await call('customise.preview', {
      ...config,
      portal: {
        ...config.portal,
        customLinks: [
          {
            id: 'ccas',
            themeId: 'inconnu',
            title: 'CCAS',
            url: 'https://ccas.fr/',
            domains: ['ccas.fr'],
          },
        ],
      },
    });
    expect(answer.ok ? answer.result : null).toMatchObject({
      issues: [{ path: 'portal.customLinks.0.themeId', format: 'known-theme' }],
    });
  });
});

describe('config history', () => {
  it('keeps the last 20 versions, restores one and undoes the last change', async () => {
    await unlocked();
    const config = current();
    for (let minutes = 30; minutes < 55; minutes += 1) {
      const edited = { ...config, session: { ...config.session, idleSeconds: minutes * 10 } };
      expect((await call('config.update', edited)).ok).toBe(true);
    }
    const list = borne.services.configHistory.list();
    expect(list).toHaveLength(20);
    expect(borne.services.config.current.session.idleSeconds).toBe(540);
    await call('configHistory.undo');
    expect(borne.services.config.current.session.idleSeconds).toBe(530);
    // The undo is a version too: the oldest one (350) made room for it.
    expect(await call('configHistory.restore', list.at(-1)?.id)).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    const oldest = borne.services.configHistory.list().at(-1);
    await call('configHistory.restore', oldest?.id);
    expect(borne.services.config.current.session.idleSeconds).toBe(360);
    expect(borne.services.configHistory.list()[0]?.reason).toBe('restore');
  });
});

describe('admin mode locks itself', () => {
  it('when a resident session starts', async () => {
    await unlocked();
    expect(borne.services.adminAuth.state().unlocked).toBe(true);
    await call('session.start');
    expect(borne.services.adminAuth.state().unlocked).toBe(false);
    expect(await call('config.get')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

describe('backup', () => {
  it('refuses a file of another app and a damaged config, changing nothing', async () => {
    await unlocked();
    const before = readFileSync(borne.services.config.file, 'utf8');
    for (const text of ['{"workbench.colorTheme":"Dark+"}', 'not json at all', '[]']) {
      const answer = await call('maintenance.restoreBackup', text);
      expect(answer.ok ? '' : answer.error.reason).toMatch(/^backup-not-(borne|json)$/);
    }
    const backup = JSON.parse(
      ((await call('maintenance.exportBackup')) as { result: { text: string } }).result.text,
    ) as { config: CentreConfig };
    backup.config.centre.phone = 'appelez-nous';
    const damaged = await call('maintenance.restoreBackup', JSON.stringify(backup));
    expect(damaged.ok ? [] : damaged.error.issues).toContainEqual(
      expect.objectContaining({ path: 'centre.phone', format: 'phone' }),
    );
    expect(readFileSync(borne.services.config.file, 'utf8')).toBe(before);
  });
});
