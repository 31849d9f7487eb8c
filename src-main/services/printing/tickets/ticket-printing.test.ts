import { spawnSync } from 'node:child_process';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  collectEvents,
  createPrintingBorne,
  eventually,
} from '../../../test-support/printing-borne';
import { privateCupsUnavailableReason, type PrivateCups } from '../../../test-support/private-cups';
import { usePrivateCups } from '../../../test-support/private-cups-suite';
import { REMINDER } from '../../../test-support/sample-tickets';
import { startTcpReceiver } from '../../../test-support/tcp-receiver';
import { createTestBorne } from '../../../test-support/test-services';
import { encodeTicketText } from './ticket-text';

const ESC_AT = Buffer.from([0x1b, 0x40]);
const CODE_PAGE_858 = Buffer.from([0x1b, 0x74, 19]);
const FULL_CUT = Buffer.from([0x1d, 0x56, 0x00]);
const QR_PRINT = Buffer.from([0x1d, 0x28, 0x6b, 0x03, 0x00, 0x31, 0x51, 0x30]);

/** GS ( k pL pH 31 50 30 <data>: store the QR code's data in the printer. */
function qrStore(data: string): Buffer {
  const length = data.length + 3;
  return Buffer.concat([
    Buffer.from([0x1d, 0x28, 0x6b, length & 0xff, length >> 8, 0x31, 0x50, 0x30]),
    Buffer.from(data, 'ascii'),
  ]);
}

function borneWithNetworkTicketPrinter(port: number, paper: 58 | 80 = 80) {
  const borne = createTestBorne();
  const current = borne.services.config.current;
  borne.services.config.save({
    ...current,
    printing: {
      ...current.printing,
      ticketPrinter: { kind: 'tcp', host: '127.0.0.1', port },
      ticketPaperWidthMm: paper,
    },
  });
  return borne;
}

describe('reminder ticket on a network thermal printer', () => {
  it('sends ESC/POS: init, code page, French lines, QR code, cut', async () => {
    const receiver = await startTcpReceiver();
    const borne = borneWithNetworkTicketPrinter(receiver.port);
    try {
      const arrival = receiver.next();
      expect(await borne.services.printing.printTicket(REMINDER)).toEqual({
        status: 'accepted',
        pages: 1,
        job: 'printed',
      });
      const bytes = await arrival;
      expect(bytes.subarray(0, 5)).toEqual(Buffer.concat([ESC_AT, CODE_PAGE_858]));
      for (const line of [
        'Pense-bête',
        'Prochaine échéance',
        'mercredi 15 juillet 2026',
        'À apporter',
      ]) {
        expect(bytes.includes(encodeTicketText(line, 'PC858_EURO'))).toBe(true);
      }
      // "é" is byte 0x82 in PC858, never the two UTF-8 bytes C3 A9.
      expect(bytes.includes(Buffer.from([0xc3, 0xa9]))).toBe(false);
      expect(bytes.includes(encodeTicketText('Centre social Les Marronniers', 'PC858_EURO'))).toBe(
        true,
      );
      expect(bytes.includes(qrStore(REMINDER.officialUrl ?? ''))).toBe(true);
      expect(bytes.indexOf(QR_PRINT)).toBeGreaterThan(
        bytes.indexOf(qrStore(REMINDER.officialUrl ?? '')),
      );
      const cut = bytes.lastIndexOf(FULL_CUT);
      expect(cut).toBeGreaterThan(bytes.indexOf(QR_PRINT));
      expect(bytes.subarray(cut + 3)).toEqual(ESC_AT);
      // Tickets are not the page printer's paper: no quota charged; the statistic says ticket.
      expect(borne.services.printing.quota().session.used).toBe(0);
    } finally {
      borne.services.close();
      await receiver.close();
    }
  });

  it('says the ticket printer is offline when nothing answers on its port', async () => {
    const receiver = await startTcpReceiver();
    const port = receiver.port;
    await receiver.close();
    const borne = borneWithNetworkTicketPrinter(port);
    try {
      expect(await borne.services.printing.printTicket(REMINDER)).toEqual({
        status: 'failed',
        cause: 'printer-offline',
        resident: 'printer-unavailable',
      });
      expect(borne.services.printAdmin.lastError()).toMatchObject({
        printer: `127.0.0.1:${port}`,
        detail: expect.stringContaining('ECONNREFUSED') as string,
      });
    } finally {
      borne.services.close();
    }
  });
});

const unavailable = privateCupsUnavailableReason();
if (unavailable) console.log(`[ticket CUPS tests] skipped: ${unavailable}`);

describe.skipIf(unavailable !== null)('tickets through CUPS', () => {
  const privateCups = usePrivateCups();
  let cups: PrivateCups;
  beforeEach(() => {
    cups = privateCups();
  });

  it('sends the same bytes to a system ticket queue through lp -o raw (58 mm)', async () => {
    const receiver = await startTcpReceiver();
    cups.addRawSocketQueue('Tickets', receiver.port);
    const borne = createPrintingBorne(cups, {
      ticketPrinter: { kind: 'system', name: 'Tickets' },
      ticketPaperWidthMm: 58,
    });
    try {
      const arrival = receiver.next(15_000);
      expect(await borne.services.printing.printTicket(REMINDER)).toMatchObject({
        status: 'accepted',
      });
      const bytes = await arrival;
      expect(bytes.subarray(0, 5)).toEqual(Buffer.concat([ESC_AT, CODE_PAGE_858]));
      expect(bytes.includes(encodeTicketText('Prochaine échéance', 'PC858_EURO'))).toBe(true);
      expect(bytes.includes(qrStore(REMINDER.officialUrl ?? ''))).toBe(true);
    } finally {
      borne.services.close();
      await receiver.close();
    }
  });

  it('prints the ticket on half an A4 page when the centre has no ticket printer', async () => {
    const borne = createPrintingBorne(cups, { ticketPrinter: { kind: 'none' } });
    borne.services.sessions.ensureStarted();
    try {
      const before = cups.outputs().length;
      const jobs = collectEvents(borne, 'printJobChanged');
      expect(await borne.services.printing.printTicket(REMINDER)).toMatchObject({
        status: 'accepted',
        pages: 1,
      });
      await eventually(
        () => jobs,
        (seen) => seen.length > 0,
      );
      expect(jobs).toMatchObject([{ state: 'printed' }]);
      const outputs = await eventually(
        () => cups.outputs(),
        (files) => files.length > before,
      );
      const file = outputs.at(-1) ?? '';
      const text = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).stdout;
      expect(text).toContain('Pense-bête');
      expect(text).toContain('Prochaine échéance');
      expect(text).toContain('Découpez ici');
      expect(borne.services.printing.quota().session.used).toBe(1);
      // The generated page never stays in the temp folder.
      expect(borne.services.printing.deps.documents.list()).toEqual([]);
    } finally {
      borne.services.close();
    }
  });
});
