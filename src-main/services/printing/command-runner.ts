import { execFile } from 'node:child_process';

export interface CommandResult {
  stdout: string;
  stderr: string;
}

export type CommandFailureKind = 'missing' | 'timeout' | 'failed';

/** A print tool that could not run, did not answer in time, or exited with an error. */
export class CommandFailure extends Error {
  constructor(
    readonly kind: CommandFailureKind,
    readonly command: string,
    /** What the tool said (stderr, else stdout), trimmed; the words the referent sees. */
    readonly output: string,
    readonly exitCode: number | null,
  ) {
    super(`${command}: ${kind}${output ? `: ${output}` : ''}`);
    this.name = 'CommandFailure';
  }
}

export interface RunOptions {
  timeoutMs: number;
  /** Bytes for the tool's standard input (raw tickets through `lp -o raw`). */
  input?: Buffer;
  env?: NodeJS.ProcessEnv;
}

/** Runs print tools; injected so tests can point them at a private CUPS. */
export type CommandRunner = (
  file: string,
  args: readonly string[],
  options: RunOptions,
) => Promise<CommandResult>;

/**
 * execFile, never a shell: a printer name or a file name reaches the tool as one argument
 * whatever it contains. Every call has a time limit so that a stuck spooler never hangs
 * the UI; the tool is killed when it runs out.
 */
export const runCommand: CommandRunner = (file, args, options) =>
  new Promise((resolve, reject) => {
    const child = execFile(
      file,
      [...args],
      {
        timeout: options.timeoutMs,
        killSignal: 'SIGKILL',
        maxBuffer: 4 * 1024 * 1024,
        env: options.env ?? process.env,
        windowsHide: true,
        encoding: 'utf8',
      },
      (error, stdout, stderr) => {
        if (!error) return resolve({ stdout, stderr });
        const output = (stderr.trim() || stdout.trim()).slice(0, 2000);
        const failure = error as NodeJS.ErrnoException & { killed?: boolean; code?: unknown };
        if (failure.code === 'ENOENT')
          return reject(new CommandFailure('missing', file, output, null));
        if (failure.killed) return reject(new CommandFailure('timeout', file, output, null));
        const exitCode = typeof failure.code === 'number' ? failure.code : null;
        reject(new CommandFailure('failed', file, output || failure.message, exitCode));
      },
    );
    if (options.input) {
      child.stdin?.on('error', () => {
        // The tool may exit before reading everything; its exit status tells what happened.
      });
      child.stdin?.end(options.input);
    } else {
      child.stdin?.end();
    }
  });
