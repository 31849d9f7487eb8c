/**
 * Command-line switches that open a debugging door or lower Chromium's defences. A
 * packaged borne refuses to start with any of them (whoever can edit the shortcut could
 * otherwise attach devtools to the resident's session); a development checkout accepts
 * them, because the Electron-level tests need some (Playwright attaches through
 * --remote-debugging-port, the test site is reached through --host-resolver-rules).
 */
const DANGEROUS = [
  'remote-debugging-port',
  'remote-debugging-pipe',
  'remote-debugging-address',
  'remote-allow-origins',
  'inspect',
  'inspect-brk',
  'inspect-port',
  'js-flags',
  'no-sandbox',
  'disable-web-security',
  'disable-site-isolation-trials',
  'ignore-certificate-errors',
  'ignore-certificate-errors-spki-list',
  'allow-insecure-localhost',
  'host-resolver-rules',
  'host-rules',
  'proxy-server',
  'proxy-pac-url',
  'load-extension',
  'allow-file-access-from-files',
  'unsafely-treat-insecure-origin-as-secure',
  'user-data-dir',
];

/** The dangerous switches present in argv ("--inspect=9229" → "inspect"). */
export function dangerousSwitches(argv: readonly string[]): string[] {
  const found = new Set<string>();
  for (const arg of argv) {
    const match = /^--?([a-z0-9-]+)(?:=.*)?$/i.exec(arg);
    const name = match?.[1]?.toLowerCase();
    if (name && DANGEROUS.includes(name)) found.add(name);
  }
  return [...found];
}
