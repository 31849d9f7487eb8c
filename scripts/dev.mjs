#!/usr/bin/env node
/**
 * `npm run dev`: the UI in a browser over the preview host, rebuilt on every save.
 * Builds the Node side once, then runs `vite build --watch` for the renderer and the
 * preview host on a fixed port (5180) over its own data folder. Reload the page after a
 * change. For the real Electron shell use `npm start`.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const vite = resolve(root, 'node_modules', 'vite', 'bin', 'vite.js');
const children = [];

function run(args, options = {}) {
  const child = spawn(process.execPath, args, { cwd: root, stdio: 'inherit', ...options });
  children.push(child);
  return child;
}

function once(args) {
  return new Promise((done, failed) =>
    run(args).on('exit', (code) =>
      code === 0 ? done() : failed(new Error(`${args.join(' ')} exited ${code}`)),
    ),
  );
}

for (const mode of ['preview', 'bridge']) await once([vite, 'build', '--mode', mode]);
await once([vite, 'build']);
run([vite, 'build', '--watch']);
run([
  resolve(root, 'dist', 'preview-host', 'preview-host.cjs'),
  '--port',
  '5180',
  '--data-dir',
  resolve(root, '.borne-preview-data'),
]);

const stop = () => {
  for (const child of children) child.kill('SIGTERM');
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
