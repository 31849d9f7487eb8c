import { printSystemFailure } from '../../../test-support/print-system-failure';
import { describe, expect, it } from 'vitest';
import { choosePrintSystem } from '../choose-print-system';
import { createWindowsPrintSystem, type PdfToPrinter } from './windows-print-system';

/** A typed stand-in for pdf-to-printer: records what SumatraPDF would be asked. */
function fakeLibrary(behaviour: { print?: () => Promise<void> } = {}) {
  const printed: { pdf: string; options: unknown }[] = [];
  const printer = (name: string) => ({ deviceId: name, name, paperSizes: ['A4'] });
  const library: PdfToPrinter = {
    print: (pdf, options) => {
      printed.push({ pdf, options });
      return behaviour.print ? behaviour.print() : Promise.resolve();
    },
    getPrinters: () =>
      Promise.resolve([printer('HP LaserJet Accueil'), printer('Microsoft Print to PDF')]),
    getDefaultPrinter: () => Promise.resolve(printer('HP LaserJet Accueil')),
  };
  return { library, printed };
}

const submit = { printer: 'HP LaserJet Accueil', title: 'Borne - pdf', media: 'A4' } as const;

describe('Windows printing through pdf-to-printer', () => {
  it('lists the printers with the default one, and prints silently on A4 fitted to the page', async () => {
    const { library, printed } = fakeLibrary();
    const system = createWindowsPrintSystem(library);
    expect((await system.listPrinters()).map((each) => [each.name, each.isDefault])).toEqual([
      ['HP LaserJet Accueil', true],
      ['Microsoft Print to PDF', false],
    ]);
    expect(await system.submitPdf('C:\\borne\\session-temp\\a.pdf', submit)).toEqual({
      jobId: null,
      printer: 'HP LaserJet Accueil',
      trackable: false,
    });
    expect(printed).toEqual([
      {
        pdf: 'C:\\borne\\session-temp\\a.pdf',
        options: { printer: 'HP LaserJet Accueil', paperSize: 'A4', scale: 'fit', silent: true },
      },
    ]);
  });

  it('names an unknown printer without asking SumatraPDF', async () => {
    const { library, printed } = fakeLibrary();
    const system = createWindowsPrintSystem(library);
    const unknown = await printSystemFailure(
      system.submitPdf('a.pdf', { ...submit, printer: 'Laser-Etage-2' }),
    );
    expect(unknown.failure).toBe('printer-unknown');
    expect(printed).toEqual([]);
  });

  it('never waits forever for SumatraPDF, and refuses raw tickets', async () => {
    const hanging = fakeLibrary({ print: () => new Promise(() => undefined) });
    const system = createWindowsPrintSystem(hanging.library, { submitTimeoutMs: 50 });
    expect((await printSystemFailure(system.submitPdf('a.pdf', submit))).failure).toBe('timeout');
    expect(
      (await printSystemFailure(system.submitRaw(Buffer.from([0x1b, 0x40]), 'Tickets', 'Borne')))
        .failure,
    ).toBe('not-supported');
  });

  it('is the print system on Windows, CUPS elsewhere', () => {
    expect(choosePrintSystem('win32').kind).toBe('windows');
    expect(choosePrintSystem('linux').kind).toBe('cups');
  });
});
