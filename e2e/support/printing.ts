import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { CentreConfig } from '../../src-main/api/contract/config';
import { PREVIEW_PRINT_DOCUMENT_PATH } from '../../src-main/services/printing/preview-print-route';
import {
  privateCupsUnavailableReason,
  startPrivateCups,
  type PrivateCups,
} from '../../src-main/test-support/private-cups';
import { DEMO_CONFIG, startPreview, type RunningPreview } from './preview-host';

export { samplePdf } from '../../src-main/test-support/sample-pdfs';
export const cupsUnavailable = privateCupsUnavailableReason();
if (cupsUnavailable) console.log(`[printing journeys] skipped: ${cupsUnavailable}`);

export interface PrintingPreview {
  cups: PrivateCups;
  preview: RunningPreview;
  stop(): Promise<void>;
}

/** A private CUPS, and a preview host printing to it with the printing settings given. */
export async function startPrintingPreview(
  printing: (queue: string) => Partial<CentreConfig['printing']> = () => ({}),
  prepare: (cups: PrivateCups) => void = () => undefined,
): Promise<PrintingPreview> {
  const cups = await startPrivateCups();
  prepare(cups);
  const config = JSON.parse(readFileSync(DEMO_CONFIG, 'utf8')) as CentreConfig;
  config.printing = { ...config.printing, pagePrinter: cups.queue, ...printing(cups.queue) };
  const preview = await startPreview({
    env: { CUPS_SERVER: cups.env.CUPS_SERVER },
    files: { 'config/centre-config.json': JSON.stringify(config, null, 2) },
  });
  return {
    cups,
    preview,
    async stop() {
      await preview.stop();
      await cups.dispose();
    },
  };
}

/** What the site would hand over: through the preview host's stand-in for the download handler. */
export async function giveDocument(preview: RunningPreview, bytes: Uint8Array): Promise<unknown> {
  const response = await fetch(`${preview.origin}${PREVIEW_PRINT_DOCUMENT_PATH}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${preview.token}`,
      'content-type': 'application/octet-stream',
    },
    body: new Uint8Array(bytes),
  });
  return response.json();
}

export function pdfPages(file: string): number {
  const info = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info.stdout)?.[1] ?? Number.NaN);
}
