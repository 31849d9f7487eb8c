import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKeyring, readPrivateKey } from '../signing/ed25519';
import { testFederation } from '../content/testing/bundle-fixtures';
import { signReleaseFile } from './release-signature';
import { verifyRelease } from './release-verifier';

const LATEST = `version: 1.4.0
files:
  - url: borne-1.4.0-x64.exe
    sha512: AAAA1111
    size: 90000000
path: borne-1.4.0-x64.exe
sha512: AAAA1111
releaseDate: '2026-12-01T10:00:00.000Z'
stagingPercentage: 10
`;

describe('release verification against a real HTTP server on 127.0.0.1', () => {
  const federation = testFederation();
  const keyring = loadKeyring(federation.keysDir);
  const files = new Map<string, string>();
  let server: Server;
  let base: string;

  beforeAll(async () => {
    server = createServer((request, response) => {
      const body = files.get(request.url ?? '');
      if (body === undefined) return response.writeHead(404).end();
      response.writeHead(200).end(body);
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((done) => server.close(done)));

  const info = { version: '1.4.0', files: [{ url: 'borne-1.4.0-x64.exe', sha512: 'AAAA1111' }] };
  const sign = (text: string, key = federation) =>
    signReleaseFile(Buffer.from(text), key.keyId, readPrivateKey(key.privateKeyPem));

  it('accepts the release the federation signed', async () => {
    files.set('/app/win/latest.yml', LATEST);
    files.set('/app/win/latest.yml.sig', sign(LATEST));
    const check = await verifyRelease({
      channelFileUrl: `${base}/app/win/latest.yml`,
      info,
      keyring,
    });
    expect(check).toEqual({ ok: true });
  });

  it('refuses an installer whose hash differs from the signed one', async () => {
    const offered = { ...info, files: [{ url: 'borne-1.4.0-x64.exe', sha512: 'EVIL' }] };
    expect(
      await verifyRelease({ channelFileUrl: `${base}/app/win/latest.yml`, info: offered, keyring }),
    ).toMatchObject({ ok: false, reason: 'signature-mismatch' });
  });

  it('refuses a channel file edited after signing, one unsigned, one signed by another key', async () => {
    files.set(
      '/app/win/edited.yml',
      LATEST.replace('stagingPercentage: 10', 'stagingPercentage: 100'),
    );
    files.set('/app/win/edited.yml.sig', sign(LATEST));
    files.set('/app/win/unsigned.yml', LATEST);
    files.set('/app/win/other.yml', LATEST);
    files.set('/app/win/other.yml.sig', sign(LATEST, testFederation(federation.keyId)));
    for (const name of ['edited', 'unsigned', 'other']) {
      expect(
        await verifyRelease({ channelFileUrl: `${base}/app/win/${name}.yml`, info, keyring }),
        name,
      ).toMatchObject({ ok: false, reason: 'not-signed' });
    }
  });
});
