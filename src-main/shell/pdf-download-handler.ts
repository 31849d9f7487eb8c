import type { DownloadItem } from 'electron';
import { rmSync } from 'node:fs';
import { judgeDownload } from '../policy/pdf-download';
import type { PdfRefusal } from '../services/printing/pdf/pdf-inspection';

/** The printing service, as the download handler needs it. */
export interface PdfDownloadReceiver {
  allocateDownload(): { id: string; partFile: string };
  completeDownload(id: string, partFile: string): Promise<unknown>;
  refuseDownload(reason: PdfRefusal): void;
  maxDownloadBytes(): number;
}

export type DownloadItemPort = Pick<
  DownloadItem,
  | 'getMimeType'
  | 'getFilename'
  | 'getTotalBytes'
  | 'getReceivedBytes'
  | 'setSavePath'
  | 'cancel'
  | 'on'
  | 'once'
>;

/**
 * Takes over a download a site starts in the site view (the shell registers it for
 * `will-download` on the site partition). The save path is always set inside the
 * callback, so Electron never shows its save dialog (an escape route), and it is always
 * a random name in the session's temp folder: a file is never saved anywhere else, and
 * never opened by the OS. What is not a PDF, or too big, is cancelled and the UI told;
 * a finished file goes to the printing service, which checks its content.
 */
export function handlePdfDownload(item: DownloadItemPort, receiver: PdfDownloadReceiver): void {
  const maxBytes = receiver.maxDownloadBytes();
  const { id, partFile } = receiver.allocateDownload();
  item.setSavePath(partFile);
  const verdict = judgeDownload(
    {
      mimeType: item.getMimeType(),
      filename: item.getFilename(),
      totalBytes: item.getTotalBytes(),
    },
    maxBytes,
  );
  let refusal: PdfRefusal | null = verdict.accept ? null : verdict.reason;
  if (refusal) {
    item.cancel();
  } else {
    // A server may not announce the size, or lie about it: watch what actually arrives.
    item.on('updated', () => {
      if (refusal === null && item.getReceivedBytes() > maxBytes) {
        refusal = 'too-big';
        item.cancel();
      }
    });
  }
  item.once('done', (_event, state) => {
    if (state === 'completed' && refusal === null) {
      void receiver.completeDownload(id, partFile);
      return;
    }
    rmSync(partFile, { force: true });
    receiver.refuseDownload(refusal ?? 'broken');
  });
}
