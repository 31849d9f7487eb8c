/**
 * `npm run guide`: the referent's installation guide (docs/guide/notice-installation.md)
 * as an A4 PDF, with the project's own tooling: marked (Markdown → HTML), then Chromium
 * through Playwright (page.pdf). Writes dist/guide/notice-installation-borne.pdf.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { marked } from 'marked';
import { chromiumLaunchOptions } from '../../e2e/support/chromium';

const ROOT = resolve(import.meta.dirname, '..', '..');
export const GUIDE_SOURCE = join(ROOT, 'docs', 'guide', 'notice-installation.md');
export const GUIDE_PDF = join(ROOT, 'dist', 'guide', 'notice-installation-borne.pdf');

export function guideHtml(markdown: string, version: string): string {
  const body = marked.parse(markdown, { gfm: true, async: false });
  const css = readFileSync(join(import.meta.dirname, 'guide.css'), 'utf8');
  return `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><title>Notice d'installation de la borne</title><style>${css}</style></head>
<body>
${body.replace('</h1>', `</h1>\n<p class="cover-note">Borne ${version}</p>`)}
</body>
</html>`;
}

export async function renderGuide(output = GUIDE_PDF): Promise<string> {
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    version: string;
  };
  const html = guideHtml(readFileSync(GUIDE_SOURCE, 'utf8'), version);
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    mkdirSync(dirname(output), { recursive: true });
    await page.pdf({
      path: output,
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate:
        '<div style="width:100%;font-size:8pt;color:#555;text-align:center;font-family:sans-serif">' +
        'Notice d\u2019installation de la borne \u2014 page <span class="pageNumber"></span> / <span class="totalPages"></span></div>',
      margin: { top: '16mm', bottom: '18mm', left: '16mm', right: '16mm' },
    });
  } finally {
    await browser.close();
  }
  return output;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'))) {
  renderGuide().then(
    (file) => console.log(`written ${file}`),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
