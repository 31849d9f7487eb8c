import { describe, expect, it } from 'vitest';
import type { Ticket } from '../../../api/contract/print-ticket';
import { COLUMNS_FOR_PAPER, layoutTicket, type TicketLine } from './ticket-layout';
import { compactWeeklyHours } from './ticket-hours';
import { TICKET_WORDS } from './ticket-wording';
import { HELP, REMINDER } from '../../../test-support/sample-tickets';
import { qrCellSize } from './escpos-ticket';

const texts = (lines: TicketLine[]) =>
  lines.flatMap((line) => (line.kind === 'text' ? [line.text] : []));

describe('ticket layout', () => {
  it.each([58, 80] as const)('fits every line in %i mm paper', (width) => {
    const columns = COLUMNS_FOR_PAPER[width];
    const lines = layoutTicket(
      REMINDER,
      HELP,
      { columns, codePage: 'PC858_EURO' },
      TICKET_WORDS,
      new Date(2026, 10, 25),
    );
    for (const text of texts(lines)) expect(text.length).toBeLessThanOrEqual(columns);
    const qr = lines.find((line) => line.kind === 'qr');
    expect(qr).toMatchObject({ kind: 'qr', data: REMINDER.officialUrl });
    // The QR code with its quiet zone fits the printable width (384 / 576 dots).
    const modules = qr?.kind === 'qr' ? qr.modules : 0;
    expect((modules + 8) * qrCellSize(modules, width)).toBeLessThanOrEqual(
      width === 58 ? 384 : 576,
    );
  });

  it('says the démarche, the deadline in words, what to bring and where to get help', () => {
    const lines = texts(
      layoutTicket(
        REMINDER,
        HELP,
        { columns: 48, codePage: 'PC858_EURO' },
        TICKET_WORDS,
        new Date(2026, 10, 25),
      ),
    );
    expect(lines).toEqual(
      expect.arrayContaining([
        'Pense-bête',
        'Prochaine échéance',
        'mercredi 15 juillet 2026',
        "Déclarer les ressources d'avril, mai et juin",
        'À apporter',
        '- Bulletins de salaire des 3 derniers mois',
        'caf.fr',
        "Besoin d'aide ?",
        'Centre social Les Marronniers',
        '03 20 12 34 56',
        'Imprimé le 25/11/2026',
      ]),
    );
  });

  it('lays out an orientation slip for a local structure', () => {
    const slip: Ticket = {
      kind: 'orientation',
      structure: {
        id: 'ccas-lille',
        name: 'CCAS de Lille',
        address: '2 rue de la Mairie, 59000 Lille',
        phone: '03 20 00 00 00',
        hours: 'lun.-ven. 8 h 30-17 h',
        website: null,
      },
      forWhat: 'Aides sociales, domiciliation',
    };
    const lines = layoutTicket(
      slip,
      HELP,
      { columns: 32, codePage: 'PC858_EURO' },
      TICKET_WORDS,
      new Date(),
    );
    expect(texts(lines)).toEqual(
      expect.arrayContaining(["Où trouver de l'aide", 'CCAS de Lille', 'Pour : Aides sociales,']),
    );
    expect(lines.some((line) => line.kind === 'qr')).toBe(false);
  });

  it('writes the week compactly, grouping days with the same hours', () => {
    const morning = [{ opens: '09:00', closes: '12:00' }];
    const full = [...morning, { opens: '13:30', closes: '18:00' }];
    expect(
      compactWeeklyHours(
        {
          monday: full,
          tuesday: full,
          wednesday: morning,
          thursday: full,
          friday: full,
          saturday: [],
          sunday: [],
        },
        TICKET_WORDS,
      ),
    ).toEqual(['lun.-mar. : 9h-12h, 13h30-18h', 'mer. : 9h-12h', 'jeu.-ven. : 9h-12h, 13h30-18h']);
  });
});
