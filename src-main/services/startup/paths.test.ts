import { describe, expect, it } from 'vitest';
import { readStartupOptions, resolveBornePaths } from './paths';

describe('startup options', () => {
  it('reads the command line first, then the environment, ignoring Chromium switches', () => {
    expect(
      readStartupOptions(['--no-sandbox', '--config', 'c.json', '--port=0'], {
        BORNE_CONFIG: 'env.json',
        BORNE_DATA_DIR: '/var/borne',
      }),
    ).toEqual({ configFile: 'c.json', dataDir: '/var/borne', port: 0, windowed: false });
    expect(readStartupOptions([], { BORNE_CONFIG: 'env.json', BORNE_WINDOWED: '1' })).toEqual({
      configFile: 'env.json',
      windowed: true,
    });
  });

  it('puts everything under the data folder unless a config path is given', () => {
    const paths = resolveBornePaths({ dataDir: '/data', kioskConfigDir: '/app/kiosk-config' });
    expect(paths).toMatchObject({
      configFile: '/data/config/centre-config.json',
      configIsDefault: true,
      databaseFile: '/data/data/borne.db',
      demoConfigFile: '/app/kiosk-config/demo-centre.json',
    });
    const given = resolveBornePaths({
      dataDir: 'd',
      kioskConfigDir: 'k',
      configFile: 'mine.json',
      cwd: '/home/ref',
    });
    expect(given).toMatchObject({ configFile: '/home/ref/mine.json', configIsDefault: false });
  });
});
