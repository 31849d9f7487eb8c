/** `npm run kiosk-os`: writes the generated OS-side kiosk files into kiosk-config/os/. */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generatedKioskFiles } from './kiosk-os-files';

const OS_DIR = resolve(import.meta.dirname, '..', '..', 'kiosk-config', 'os');
for (const [path, text] of Object.entries(generatedKioskFiles())) {
  writeFileSync(join(OS_DIR, path), text);
  console.log(`written kiosk-config/os/${path}`);
}
