import qrcode from 'qrcode-generator';
import type { OrientationSlip, ReminderTicket, Ticket } from '../../../api/contract/print-ticket';
import {
  fill,
  frenchDate,
  frenchShortDate,
  type TestPageWords,
  type TicketWords,
} from './ticket-wording';
import { printableText, wrap, type TicketCodePage } from './ticket-text';

/**
 * A ticket as lines, the same for every output: ESC/POS on 58 or 80 mm paper, or half an
 * A4 page. Pure; every text line already fits `columns` characters, so the printer never
 * wraps in the middle of a word.
 */
export type TicketLine =
  | { kind: 'text'; text: string; style: TextStyle; align: 'left' | 'center' }
  | { kind: 'qr'; data: string; modules: number }
  | { kind: 'rule' }
  | { kind: 'gap' };

export type TextStyle = 'title' | 'heading' | 'body' | 'small';

/** Where to get help: from the centre's config, on every ticket. */
export interface CentreHelp {
  name: string;
  phone: string;
  hours: string[];
}

/** Characters per line in the printers' standard font (12×24 dots). */
export const COLUMNS_FOR_PAPER = { 58: 32, 80: 48 } as const;

export interface LineFormat {
  columns: number;
  /** Text is made printable in this code page before it is wrapped. */
  codePage: TicketCodePage;
}

export function layoutTicket(
  ticket: Ticket,
  help: CentreHelp,
  format: LineFormat,
  words: TicketWords,
  printedAt: Date,
): TicketLine[] {
  const lines = new LineBuilder(format);
  if (ticket.kind === 'reminder') reminderBody(lines, ticket, words);
  else orientationBody(lines, ticket, words);
  lines.rule();
  lines.text(words.helpTitle, 'heading');
  lines.text(help.name, 'body');
  lines.text(help.phone, 'body');
  for (const hours of help.hours) lines.text(hours, 'small');
  lines.gap();
  lines.text(fill(words.printedOn, { date: frenchShortDate(printedAt) }), 'small', 'center');
  return lines.done();
}

/** The referent's test ticket: title, printer, date, every French accent, a QR code. */
export function layoutTestTicket(
  words: TestPageWords,
  printer: string,
  format: LineFormat,
  printedAt: Date,
): TicketLine[] {
  const lines = new LineBuilder(format);
  lines.text(words.ticketTitle, 'title', 'center');
  lines.rule();
  lines.text(words.body, 'body');
  lines.text(fill(words.printer, { name: printer }), 'body');
  lines.text(fill(words.printedOn, { date: frenchShortDate(printedAt) }), 'body');
  lines.text(words.accents, 'body');
  lines.qr('https://www.service-public.fr/');
  return lines.done();
}

function reminderBody(lines: LineBuilder, ticket: ReminderTicket, words: TicketWords): void {
  lines.text(words.reminderTitle, 'title', 'center');
  lines.text(ticket.demarche.title, 'heading', 'center');
  lines.rule();
  if (ticket.nextDeadline) {
    lines.text(words.nextDeadline, 'heading');
    lines.text(frenchDate(ticket.nextDeadline.date), 'body');
    lines.text(ticket.nextDeadline.label, 'body');
    lines.gap();
  }
  if (ticket.toBring.length > 0) {
    lines.text(words.toBring, 'heading');
    for (const item of ticket.toBring) lines.bullet(item);
    lines.gap();
  }
  if (ticket.officialUrl) {
    lines.text(words.officialSite, 'heading');
    lines.text(words.scanMe, 'small');
    lines.qr(ticket.officialUrl);
    lines.text(displayHost(ticket.officialUrl), 'small', 'center');
  }
}

function orientationBody(lines: LineBuilder, slip: OrientationSlip, words: TicketWords): void {
  const { structure } = slip;
  lines.text(words.orientationTitle, 'title', 'center');
  lines.rule();
  lines.text(structure.name, 'heading');
  if (slip.forWhat) lines.text(fill(words.forWhat, { text: slip.forWhat }), 'body');
  for (const detail of [structure.address, structure.phone, structure.hours]) {
    if (detail) lines.text(detail, 'body');
  }
  if (structure.website) {
    lines.gap();
    lines.text(words.scanMe, 'small');
    lines.qr(structure.website);
    lines.text(displayHost(structure.website), 'small', 'center');
  }
}

/** "https://www.caf.fr/allocataires?x=1" → "caf.fr": what a person can type, never a query. */
function displayHost(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

/** Modules per side of the QR code for this text (error correction M, smallest version). */
export function qrModules(data: string): number {
  const code = qrcode(0, 'M');
  code.addData(data, 'Byte');
  code.make();
  return code.getModuleCount();
}

class LineBuilder {
  private readonly lines: TicketLine[] = [];
  constructor(private readonly format: LineFormat) {}

  text(text: string, style: TextStyle, align: 'left' | 'center' = 'left'): void {
    for (const line of wrap(this.printable(text), this.format.columns)) {
      this.lines.push({ kind: 'text', text: line, style, align });
    }
  }

  bullet(text: string): void {
    wrap(this.printable(text), this.format.columns - 2).forEach((line, index) => {
      this.lines.push({
        kind: 'text',
        text: `${index === 0 ? '-' : ' '} ${line}`,
        style: 'body',
        align: 'left',
      });
    });
  }

  qr(data: string): void {
    this.lines.push({ kind: 'qr', data, modules: qrModules(data) });
  }

  rule(): void {
    this.lines.push({ kind: 'rule' });
  }

  gap(): void {
    if (this.lines.at(-1)?.kind !== 'gap') this.lines.push({ kind: 'gap' });
  }

  done(): TicketLine[] {
    return this.lines;
  }

  private printable(text: string): string {
    return printableText(text, this.format.codePage);
  }
}
