import { describe, expect, it } from 'vitest';
import { dangerousSwitches } from './startup-switches';

describe('startup switches', () => {
  it('finds debugging doors and weakened defences in any spelling', () => {
    expect(
      dangerousSwitches([
        '/opt/Borne/borne',
        '--remote-debugging-port=9222',
        '--inspect',
        '-inspect-brk=0',
        '--NO-SANDBOX',
        '--host-resolver-rules=MAP * 127.0.0.1',
        '--config',
        '/etc/borne.json',
        '--windowed',
      ]),
    ).toEqual([
      'remote-debugging-port',
      'inspect',
      'inspect-brk',
      'no-sandbox',
      'host-resolver-rules',
    ]);
  });

  it("lets the borne's own options through", () => {
    expect(
      dangerousSwitches(['borne', '--config', 'x.json', '--data-dir', '/d', '--windowed']),
    ).toEqual([]);
  });
});
