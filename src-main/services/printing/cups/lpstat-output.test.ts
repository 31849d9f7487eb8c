import { describe, expect, it } from 'vitest';
import {
  parseAccepting,
  parseDefault,
  parseJobIds,
  parsePrinterBlocks,
  parseRequestId,
  queueOfJob,
} from './lpstat-output';

// Captured from CUPS 2.4 (Debian 12) with LANG=C.
const PRINTERS = `printer Second disabled since Wed Nov 25 08:15:05 2026 -
\tThe printer is not responding.
\tForm mounted:
\tContent types: any
\tDescription: Laser de l'accueil
\tAlerts: paused offline-report
\tUsers allowed:
\t\t(all)
printer TestPDF now printing TestPDF-7.  enabled since Wed Nov 25 08:10:05 2026
\tForm mounted:
\tDescription: TestPDF
\tAlerts: none
`;

describe('lpstat output', () => {
  it('reads each queue: enabled, message, reasons, description, job in progress', () => {
    const [second, pdf] = parsePrinterBlocks(PRINTERS);
    expect(second).toMatchObject({
      name: 'Second',
      enabled: false,
      message: 'The printer is not responding.',
      reasons: ['paused', 'offline-report'],
      description: "Laser de l'accueil",
      printingJob: null,
    });
    expect(pdf).toMatchObject({
      name: 'TestPDF',
      enabled: true,
      printingJob: 'TestPDF-7',
      message: '',
    });
  });

  it('reads accepting queues, the default, request ids and pending jobs', () => {
    const accepting = parseAccepting(
      'A accepting requests since Wed\nB not accepting requests since Wed -\n\tRejecting Jobs\n',
    );
    expect([...accepting]).toEqual([
      ['A', true],
      ['B', false],
    ]);
    expect(parseDefault('system default destination: BornePDF\n')).toBe('BornePDF');
    expect(parseDefault('no system default destination\n')).toBeNull();
    expect(parseRequestId('request id is Accueil-Laser-12 (1 file(s))\n')).toBe('Accueil-Laser-12');
    expect([...parseJobIds('Q-3   root  4096   Wed Nov 25\nQ-4   root  4096   Wed\n')]).toEqual([
      'Q-3',
      'Q-4',
    ]);
    expect(queueOfJob('Accueil-Laser-12')).toBe('Accueil-Laser');
  });

  it('ignores text it does not know', () => {
    expect(parsePrinterBlocks('lpstat: No destinations added.\n')).toEqual([]);
    expect(parseRequestId('')).toBeNull();
  });
});
