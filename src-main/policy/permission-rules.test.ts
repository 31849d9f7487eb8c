import { describe, expect, it } from 'vitest';
import { compileHostRules } from './allowlist/host-rule-set';
import { compileGrants, decidePermission, type CompiledGrant } from './permission-rules';

const grants: CompiledGrant[] = [
  { permission: 'camera', hosts: compileHostRules(['*.ants.gouv.fr']).set },
  { permission: 'geolocation', hosts: compileHostRules(['www.lille.fr']).set },
];
const ask = (permission: string, requestingUrl: string, mediaTypes?: string[]) =>
  decidePermission({ permission, requestingUrl, ...(mediaTypes ? { mediaTypes } : {}) }, grants);

describe('permission rules', () => {
  it('denies every permission by default', () => {
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'midi',
      'midiSysex',
      'hid',
      'serial',
      'usb',
      'fullscreen',
      'openExternal',
      'pointerLock',
      'keyboardLock',
      'display-capture',
      'fileSystem',
      'window-management',
      'storage-access',
      'unknown',
    ]) {
      expect([permission, ask(permission, 'https://www.caf.fr/', ['video'])]).toEqual([
        permission,
        false,
      ]);
    }
  });

  it("grants what the centre granted, to the asking frame's host only", () => {
    expect(ask('media', 'https://passeport.ants.gouv.fr/photo', ['video'])).toBe(true);
    // The camera was granted, not the microphone: a request for both is refused.
    expect(ask('media', 'https://passeport.ants.gouv.fr/photo', ['video', 'audio'])).toBe(false);
    expect(ask('media', 'https://passeport.ants.gouv.fr/photo', ['audio'])).toBe(false);
    expect(ask('media', 'https://passeport.ants.gouv.fr/photo', [])).toBe(false);
    expect(ask('media', 'https://captcha.example/frame', ['video'])).toBe(false);
    expect(ask('media', 'http://passeport.ants.gouv.fr/', ['video'])).toBe(false);
    expect(ask('geolocation', 'https://www.lille.fr/carte')).toBe(true);
    expect(ask('geolocation', 'https://lille.fr/')).toBe(false);
  });

  it('compiles the grants the config writes', () => {
    const compiled = compileGrants([{ permission: 'microphone', hosts: ['www.lille.fr'] }]);
    expect(
      decidePermission(
        { permission: 'media', mediaTypes: ['audio'], requestingUrl: 'https://www.lille.fr/' },
        compiled,
      ),
    ).toBe(true);
  });

  it('lets a page write (never read) the clipboard', () => {
    expect(ask('clipboard-sanitized-write', 'https://www.caf.fr/')).toBe(true);
    expect(ask('clipboard-read', 'https://www.caf.fr/')).toBe(false);
  });
});
