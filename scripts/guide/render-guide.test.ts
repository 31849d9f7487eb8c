import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GUIDE_SOURCE, guideHtml, renderGuide } from './render-guide';

describe("the referent's installation guide", () => {
  it('renders to an A4 PDF that carries every step and the checks', async () => {
    const pdf = await renderGuide(join(mkdtempSync(join(tmpdir(), 'borne-guide-')), 'guide.pdf'));
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeGreaterThanOrEqual(3);
    expect(info).toMatch(/Page size:\s+59\d\.\d+ x 84\d\.\d+ pts \(A4\)/);
    // Words only: a heading may wrap onto two lines.
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      ' ',
    );
    for (const heading of [
      "Notice d'installation et de configuration de la borne",
      "2. Installer l'imprimante",
      '4. Créer le code du référent',
      '6. Le jeton Matomo',
      '8. Les vérifications à faire',
      'Install-BorneKiosk.ps1',
      'install-borne-kiosk.sh',
    ]) {
      expect(text).toContain(heading);
    }
  });

  it('names only scripts that exist in the kit', () => {
    const markdown = readFileSync(GUIDE_SOURCE, 'utf8');
    const html = guideHtml(markdown, '0.0.0');
    expect(html).toContain('<table>');
    for (const script of markdown.match(/[\w-]+\.(?:ps1|sh)\b/g) ?? []) {
      const folder = script.endsWith('.ps1') ? 'windows' : 'linux';
      expect(() =>
        readFileSync(join(import.meta.dirname, '../../kiosk-config/os', folder, script)),
      ).not.toThrow();
    }
  });
});
