import iconv from 'iconv-lite';

/** The ticket printer code pages the borne offers, with iconv's name for each. */
export const CODE_PAGES = { PC858_EURO: 'CP858', WPC1252: 'CP1252' } as const;
export type TicketCodePage = keyof typeof CODE_PAGES;

/** Typography some code pages lack (PC858 has no curly quote nor œ), and its plain equivalent. */
const PLAIN: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u2026': '...',
  '\u00a0': ' ',
  '\u202f': ' ',
  '\u2009': ' ',
  œ: 'oe',
  Œ: 'OE',
  '→': '->',
};

/**
 * Makes text printable in one code page: typographic signs become plain ones, letters the
 * page lacks lose their accent (NFD), and anything else becomes "?". node-thermal-printer
 * would otherwise switch code pages mid-line for a missing letter, and some printers do
 * not follow, printing the rest of the ticket as garbage.
 */
export function printableText(text: string, codePage: TicketCodePage): string {
  let out = '';
  for (const char of text) {
    if (encodable(char, codePage)) {
      out += char;
      continue;
    }
    const plain = PLAIN[char] ?? char;
    for (const piece of plain) {
      out += encodable(piece, codePage) ? piece : fallback(piece, codePage);
    }
  }
  return out;
}

/** The bytes the printer receives for this text. */
export function encodeTicketText(text: string, codePage: TicketCodePage): Buffer {
  return iconv.encode(text, CODE_PAGES[codePage]);
}

function encodable(char: string, codePage: TicketCodePage): boolean {
  if (char === '?') return true;
  const bytes = iconv.encode(char, CODE_PAGES[codePage]);
  return iconv.decode(bytes, CODE_PAGES[codePage]) === char;
}

function fallback(char: string, codePage: TicketCodePage): string {
  const bare = char.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return bare && bare !== char && [...bare].every((piece) => encodable(piece, codePage))
    ? bare
    : '?';
}

/** Word-wraps to `width` columns; a word longer than a line is cut. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    let rest = word;
    while (rest.length > width) {
      if (line) lines.push(line);
      lines.push(rest.slice(0, width));
      rest = rest.slice(width);
      line = '';
    }
    if (!line) line = rest;
    else if (line.length + 1 + rest.length <= width) line += ` ${rest}`;
    else {
      lines.push(line);
      line = rest;
    }
  }
  if (line) lines.push(line);
  return lines;
}
