import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
  chmodSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A CUPS scheduler of the tests' own: its config, spool, logs and socket in a temp folder,
 * and a cups-pdf queue that writes its PDFs into that folder. Tests point CUPS_SERVER at
 * its socket, so stopping it ("CUPS stopped mid-job") never disturbs the machine's CUPS.
 *
 * One thing cannot live in the temp folder: the cups-pdf backend reads its settings from
 * /etc/cups/cups-pdf-<instance>.conf (the path is compiled in), so each instance writes
 * its own uniquely named file there and removes it on stop. cups-pdf also needs root.
 */
export interface PrivateCups {
  /** Environment for the CUPS tools: CUPS_SERVER = this scheduler's socket. */
  env: NodeJS.ProcessEnv;
  /** The cups-pdf queue, ready and accepting. */
  queue: string;
  outputDir: string;
  /** Runs a CUPS admin tool (lpadmin, cupsdisable…) against this scheduler. */
  admin(tool: string, args: string[]): string;
  /** The PDFs cups-pdf has written so far. */
  outputs(): string[];
  /**
   * Adds a raw queue to a network printer on 127.0.0.1 (CUPS's AppSocket backend, the
   * way a USB-less receipt printer is usually set up): a ticket printer stand-in.
   */
  addRawSocketQueue(name: string, port: number): void;
  /** Stops the scheduler (as a crash would); the temp folder stays for inspection until dispose. */
  stop(): Promise<void>;
  /** Stops it if running and removes every file it made. */
  dispose(): Promise<void>;
}

const PPD = '/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd';
const BACKEND = '/usr/lib/cups/backend/cups-pdf';

/** Why a private CUPS cannot run here, or null when it can. */
export function privateCupsUnavailableReason(): string | null {
  if (!findExecutable('cupsd')) return 'cupsd is not installed (apt-get install cups)';
  if (!existsSync(BACKEND) || !existsSync(PPD)) {
    return 'cups-pdf is not installed (apt-get install printer-driver-cups-pdf)';
  }
  if (!findExecutable('lp') || !findExecutable('lpadmin')) {
    return 'the CUPS client tools are missing (apt-get install cups-client cups-bsd)';
  }
  if (process.getuid?.() !== 0) return 'the cups-pdf backend only runs as root';
  try {
    accessSync('/etc/cups', constants.W_OK);
  } catch {
    return '/etc/cups is not writable (cups-pdf reads its instance settings there)';
  }
  return null;
}

export async function startPrivateCups(queue = 'BorneTestPDF'): Promise<PrivateCups> {
  const root = mkdtempSync(join(tmpdir(), 'borne-cups-'));
  chmodSync(root, 0o755);
  const dirs = ['spool', 'spool/tmp', 'cache', 'state', 'log', 'out', 'cups-pdf-spool'];
  for (const dir of dirs) mkdirSync(join(root, dir), { recursive: true, mode: 0o755 });
  chmodSync(join(root, 'spool/tmp'), 0o1777);
  const socket = join(root, 'cups.sock');
  writeFileSync(join(root, 'cupsd.conf'), cupsdConf(socket));
  writeFileSync(join(root, 'cups-files.conf'), cupsFilesConf(root));
  const instance = `borne-test-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  const instanceConf = `/etc/cups/cups-pdf-${instance}.conf`;
  writeFileSync(instanceConf, cupsPdfConf(root));

  const env = { ...process.env, CUPS_SERVER: socket, LANG: 'C', LC_ALL: 'C' };
  const daemon = spawn(
    'cupsd',
    ['-f', '-c', join(root, 'cupsd.conf'), '-s', join(root, 'cups-files.conf')],
    {
      stdio: 'ignore',
    },
  );
  const admin = (tool: string, args: string[]) => {
    const result = spawnSync(tool, args, { env, encoding: 'utf8', timeout: 10_000 });
    if (result.status !== 0)
      throw new Error(`${tool} ${args.join(' ')}: ${result.stderr || result.stdout}`);
    return result.stdout;
  };
  let running = true;
  const stop = async () => {
    if (!running) return;
    running = false;
    await stopDaemon(daemon);
  };
  try {
    await waitForScheduler(env);
    admin('lpadmin', ['-p', queue, '-E', '-v', `cups-pdf:/${instance}`, '-P', PPD]);
    admin('cupsenable', [queue]);
    admin('cupsaccept', [queue]);
  } catch (error) {
    await stop();
    rmSync(instanceConf, { force: true });
    throw error;
  }
  const outputDir = join(root, 'out');
  return {
    env,
    queue,
    outputDir,
    admin,
    outputs: () =>
      readdirSync(outputDir)
        .filter((name) => name.endsWith('.pdf'))
        .map((name) => join(outputDir, name)),
    addRawSocketQueue(name, port) {
      admin('lpadmin', ['-p', name, '-E', '-v', `socket://127.0.0.1:${port}`]);
      admin('cupsenable', [name]);
      admin('cupsaccept', [name]);
    },
    stop,
    async dispose() {
      await stop();
      rmSync(instanceConf, { force: true });
      rmSync(root, { recursive: true, force: true });
    },
  };
}

function cupsdConf(socket: string): string {
  return `Listen ${socket}
LogLevel info
WebInterface No
Browsing Off
MaxJobs 500
<Location />
  Order allow,deny
  Allow all
</Location>
<Location /admin>
  Order allow,deny
  Allow all
</Location>
<Policy default>
  <Limit All>
    Order deny,allow
  </Limit>
</Policy>
`;
}

function cupsFilesConf(root: string): string {
  return `ServerRoot ${root}
RequestRoot ${root}/spool
CacheDir ${root}/cache
StateDir ${root}/state
TempDir ${root}/spool/tmp
AccessLog ${root}/log/access_log
ErrorLog ${root}/log/error_log
PageLog ${root}/log/page_log
SystemGroup root
`;
}

function cupsPdfConf(root: string): string {
  return `Out ${root}/out
AnonDirName ${root}/out
Spool ${root}/cups-pdf-spool
Log ${root}/log
UserUMask 0022
`;
}

async function waitForScheduler(env: NodeJS.ProcessEnv): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const result = spawnSync('lpstat', ['-r'], { env, encoding: 'utf8', timeout: 5000 });
    if (result.stdout.includes('scheduler is running')) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the private cupsd did not start in 15 s');
}

function stopDaemon(daemon: ChildProcess): Promise<void> {
  if (daemon.exitCode !== null || daemon.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => daemon.kill('SIGKILL'), 5000);
    daemon.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    daemon.kill('SIGTERM');
  });
}

function findExecutable(name: string): boolean {
  const dirs = (process.env.PATH ?? '').split(':').concat(['/usr/sbin', '/usr/bin', '/sbin']);
  return dirs.some((dir) => dir && existsSync(join(dir, name)));
}
