import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

/**
 * A stand-in official site for the Electron-level specs, served over https on 127.0.0.1
 * under test host names (the Electron app is started with --host-resolver-rules mapping
 * them here). Its certificate is a self-signed test fixture (test-site-tls/): the specs
 * start Electron with --ignore-certificate-errors, which a packaged borne refuses.
 */
export const TEST_HOST = 'borne-test.example';
export const EVIL_HOST = 'evil.example';

export interface TestSite {
  port: number;
  /** The Chromium switch that sends the test hosts (and nothing else) to this server. */
  resolverRules: string;
  /** Requests the server saw, as "host path" (to prove a refused page was never fetched). */
  requests: string[];
  close(): Promise<void>;
}

const TLS = join(import.meta.dirname, 'test-site-tls');

export async function startTestSite(): Promise<TestSite> {
  const requests: string[] = [];
  const server: Server = createServer(
    { key: readFileSync(join(TLS, 'key.pem')), cert: readFileSync(join(TLS, 'cert.pem')) },
    (request, response) => {
      const host = (request.headers.host ?? '').replace(/:\d+$/, '');
      const url = new URL(request.url ?? '/', `https://${host}`);
      requests.push(`${host} ${url.pathname}`);
      const page = PAGES[url.pathname];
      if (!page) {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end(
          html(`Page ${host}${url.pathname}`, `<a id="home" href="https://${TEST_HOST}/">site</a>`),
        );
        return;
      }
      page(url, response);
    },
  );
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const target = `127.0.0.1:${port}`;
  return {
    port,
    requests,
    resolverRules: [
      `MAP ${TEST_HOST} ${target}`,
      `MAP *.caf.fr ${target}`,
      `MAP ${EVIL_HOST} ${target}`,
      `MAP *.${EVIL_HOST} ${target}`,
      'MAP * ~NOTFOUND',
    ].join(', '),
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

type Page = (url: URL, response: ServerResponse) => void;

function html(title: string, body: string, head = ''): string {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body><h1>${title}</h1>${body}</body></html>`;
}

function send(response: ServerResponse, body: string, headers: Record<string, string> = {}) {
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers });
  response.end(body);
}

const PAGES: Record<string, Page> = {
  '/': (_url, response) =>
    send(
      response,
      html(
        'Site de test',
        `<p><a id="evil" href="https://${EVIL_HOST}/phish">Lien vers un autre site</a></p>
<p><a id="blank-evil" target="_blank" href="https://${EVIL_HOST}/popup">Nouvelle fenêtre, autre site</a></p>
<p><a id="blank-ok" target="_blank" href="https://${TEST_HOST}/page2">Nouvelle fenêtre, même site</a></p>
<p><a id="redirect-evil" href="/redirect?to=https://${EVIL_HOST}/after-redirect">Redirection</a></p>
<p><a id="meta-evil" href="/meta?to=https://${EVIL_HOST}/after-meta">Rafraîchissement</a></p>
<p><a id="download" href="/attestation.pdf">Télécharger l'attestation</a></p>
<p><input id="file" type="file" aria-label="Pièce jointe"></p>
<p><button id="print" onclick="window.print()">Imprimer la page</button></p>
<p><input id="field" aria-label="Nom"></p>
<iframe id="frame" title="cadre" src="/frame"></iframe>`,
      ),
    ),
  '/frame': (_url, response) =>
    send(
      response,
      html(
        'Cadre',
        `<a id="top-evil" target="_top" href="https://${EVIL_HOST}/from-frame">Sortir du cadre</a>`,
      ),
    ),
  '/page2': (_url, response) => send(response, html('Page 2', '<p>Même site</p>')),
  '/set': (_url, response) => {
    const secret = randomBytes(6).toString('hex');
    send(
      response,
      html(
        'Données du résident',
        `<script>
localStorage.setItem('resident', '${secret}');
sessionStorage.setItem('resident', '${secret}');
const open = indexedDB.open('resident-db', 1);
open.onupgradeneeded = () => open.result.createObjectStore('notes');
open.onsuccess = () => {
  const tx = open.result.transaction('notes', 'readwrite');
  tx.objectStore('notes').put('${secret}', 'nir');
  tx.oncomplete = () => { document.title = 'set'; };
};
</script>`,
      ),
      { 'set-cookie': `resident=${secret}; Secure; Path=/; SameSite=Lax; Max-Age=86400` },
    );
  },
  '/check': (_url, response) =>
    send(
      response,
      html(
        'Vérification',
        `<pre id="state"></pre><script>
const state = { cookie: document.cookie, local: localStorage.getItem('resident'), session: sessionStorage.getItem('resident'), indexedDb: null };
indexedDB.databases().then((list) => {
  state.indexedDb = list.map((db) => db.name);
  document.getElementById('state').textContent = JSON.stringify(state);
  document.title = 'checked';
});
</script>`,
      ),
    ),
  '/redirect': (url, response) => {
    response.writeHead(302, { location: url.searchParams.get('to') ?? '/' });
    response.end();
  },
  '/meta': (url, response) =>
    send(
      response,
      html(
        'Rafraîchissement',
        '',
        `<meta http-equiv="refresh" content="0;url=${url.searchParams.get('to') ?? '/'}">`,
      ),
    ),
  '/attestation.pdf': (_url, response) => {
    response.writeHead(200, {
      'content-type': 'application/pdf',
      'content-disposition': 'attachment; filename="attestation.pdf"',
    });
    response.end('%PDF-1.4\n%%EOF\n');
  },
};
