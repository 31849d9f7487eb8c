import MarkdownIt, { type Token } from 'markdown-it';
import type {
  CalloutBlock,
  InlineRun,
  SheetBlock,
  SheetStep,
  SimpleBlock,
  StepBlock,
} from '../../api/contract/sheet';

/**
 * What an editor should be told about a sheet: the portal still shows it, but something
 * in the Markdown is not used the way its author may think (docs/help-sheets.md).
 */
export type SheetWarningCode =
  | 'no-title'
  | 'no-steps'
  | 'too-many-steps'
  | 'raw-html'
  | 'link-as-text'
  | 'image-refused'
  | 'nested-list'
  | 'unsupported';

export interface SheetWarning {
  code: SheetWarningCode;
  /** 1-based line of the Markdown source, when known. */
  line?: number;
  detail?: string;
}

export interface ParsedSheet {
  title: string | null;
  blocks: SheetBlock[];
  stepCount: number;
  warnings: SheetWarning[];
}

/** Turns "images/step-2.png" into a data: URL, or null if the picture cannot be used. */
export type ImageResolver = (path: string) => string | null;

export const MAX_STEPS = 100;

/**
 * CommonMark with raw HTML off: "<script>" in a sheet is shown as text, never parsed as
 * markup. Tables, autolinks and typographic replacements are off too: a sheet is plain
 * steps, and every construct we accept has a node in api/contract/sheet.ts.
 */
const markdown = new MarkdownIt('commonmark', { html: false, linkify: false, typographer: false });

const CALLOUT_MARKERS: Readonly<Record<string, CalloutBlock['tone']>> = {
  WARNING: 'warning',
  CAUTION: 'warning',
  IMPORTANT: 'warning',
  TIP: 'tip',
  NOTE: 'note',
};

/** Parses a sheet's Markdown into the portal's document tree; never throws on bad input. */
export function parseSheetMarkdown(source: string, resolveImage: ImageResolver): ParsedSheet {
  const tokens = markdown.parse(source, {});
  const state: ParseState = { tokens, resolveImage, warnings: [], nextStep: 1, title: null };
  const blocks = topBlocks(state, 0, tokens.length);
  const stepCount = state.nextStep - 1;
  if (state.title === null) state.warnings.push({ code: 'no-title' });
  if (stepCount === 0) state.warnings.push({ code: 'no-steps' });
  return { title: state.title, blocks, stepCount, warnings: state.warnings };
}

interface ParseState {
  tokens: Token[];
  resolveImage: ImageResolver;
  warnings: SheetWarning[];
  nextStep: number;
  title: string | null;
}

/** Index of the token closing the one opened at `open` (same type family, same level). */
function closeOf(tokens: Token[], open: number): number {
  const opener = tokens[open] as Token;
  if (opener.nesting !== 1) return open;
  const closeType = opener.type.replace(/_open$/, '_close');
  for (let index = open + 1; index < tokens.length; index += 1) {
    const token = tokens[index] as Token;
    if (token.type === closeType && token.level === opener.level) return index;
  }
  return tokens.length - 1;
}

/** Calls `visit` for each direct child block of the range [from, to). */
function eachChild(
  tokens: Token[],
  from: number,
  to: number,
  visit: (token: Token, open: number, close: number) => void,
): void {
  let index = from;
  while (index < to) {
    const close = closeOf(tokens, index);
    visit(tokens[index] as Token, index, close);
    index = close + 1;
  }
}

function lineOf(token: Token): number | undefined {
  return token.map ? token.map[0] + 1 : undefined;
}

function topBlocks(state: ParseState, from: number, to: number): SheetBlock[] {
  const blocks: SheetBlock[] = [];
  eachChild(state.tokens, from, to, (token, open, close) => {
    switch (token.type) {
      case 'heading_open':
        blocks.push(...heading(state, token, open));
        return;
      case 'ordered_list_open':
        blocks.push({ kind: 'steps', steps: steps(state, open + 1, close) });
        return;
      case 'blockquote_open':
        blocks.push(callout(state, open + 1, close));
        return;
      default:
        blocks.push(...simpleBlock(state, token, open, close));
    }
  });
  return blocks;
}

function heading(state: ParseState, token: Token, open: number): SheetBlock[] {
  const inline = state.tokens[open + 1];
  const content = inline ? inlineRuns(state, inline).runs : [];
  if (token.tag === 'h1' && state.title === null) {
    state.title = plainText(content);
    return [];
  }
  const level = token.tag === 'h1' || token.tag === 'h2' ? 2 : 3;
  return [{ kind: 'heading', level, content }];
}

/** Paragraphs, bullet lists and pictures: allowed anywhere. */
function simpleBlock(state: ParseState, token: Token, open: number, close: number): SimpleBlock[] {
  switch (token.type) {
    case 'paragraph_open': {
      const inline = state.tokens[open + 1];
      if (!inline) return [];
      const { runs, images } = inlineRuns(state, inline);
      const blocks: SimpleBlock[] = [];
      if (plainText(runs).trim() !== '') blocks.push({ kind: 'paragraph', content: runs });
      return [...blocks, ...images];
    }
    case 'bullet_list_open':
      return [{ kind: 'bullets', items: bulletItems(state, open + 1, close) }];
    case 'ordered_list_open':
      // A numbered list inside a step or a box: kept as a plain list, not as steps.
      state.warnings.push({ code: 'nested-list', ...lineField(token) });
      return [{ kind: 'bullets', items: bulletItems(state, open + 1, close) }];
    default:
      state.warnings.push({ code: 'unsupported', ...lineField(token), detail: token.type });
      return [];
  }
}

function lineField(token: Token): { line?: number } {
  const line = lineOf(token);
  return line === undefined ? {} : { line };
}

/** Each list item becomes one line of runs; anything nested is flattened into it. */
function bulletItems(state: ParseState, from: number, to: number): InlineRun[][] {
  const items: InlineRun[][] = [];
  eachChild(state.tokens, from, to, (_item, open, close) => {
    const runs: InlineRun[] = [];
    for (let index = open + 1; index < close; index += 1) {
      const token = state.tokens[index] as Token;
      if (token.type === 'bullet_list_open' || token.type === 'ordered_list_open') {
        state.warnings.push({ code: 'nested-list', ...lineField(token) });
      }
      if (token.type !== 'inline') continue;
      if (runs.length > 0) runs.push({ kind: 'break' });
      runs.push(...inlineRuns(state, token).runs);
    }
    items.push(runs);
  });
  return items;
}

function steps(state: ParseState, from: number, to: number): SheetStep[] {
  const result: SheetStep[] = [];
  eachChild(state.tokens, from, to, (item, open, close) => {
    if (state.nextStep > MAX_STEPS) {
      state.warnings.push({ code: 'too-many-steps', ...lineField(item) });
      return;
    }
    const blocks: StepBlock[] = [];
    eachChild(state.tokens, open + 1, close, (token, childOpen, childClose) => {
      if (token.type === 'blockquote_open') blocks.push(callout(state, childOpen + 1, childClose));
      else blocks.push(...simpleBlock(state, token, childOpen, childClose));
    });
    result.push({ number: state.nextStep, blocks });
    state.nextStep += 1;
  });
  return result;
}

function callout(state: ParseState, from: number, to: number): CalloutBlock {
  let tone: CalloutBlock['tone'] = 'note';
  const first = state.tokens[from + 1];
  if (first?.type === 'inline') {
    const marker = /^\[!([A-Z]+)\][ \t]*(?:\n|$)/.exec(first.content);
    const known = marker ? CALLOUT_MARKERS[marker[1] ?? ''] : undefined;
    if (marker && known) {
      tone = known;
      stripCalloutMarker(first);
    }
  }
  const blocks: SimpleBlock[] = [];
  eachChild(state.tokens, from, to, (token, open, close) => {
    blocks.push(...simpleBlock(state, token, open, close));
  });
  return { kind: 'callout', tone, blocks };
}

/** Removes "[!WARNING]" and the line break after it from the first paragraph of a quote. */
function stripCalloutMarker(inline: Token): void {
  const children = inline.children ?? [];
  const first = children[0];
  if (first?.type !== 'text') return;
  first.content = first.content.replace(/^\[![A-Z]+\][ \t]*/, '');
  if (first.content === '' && children[1]?.type.endsWith('break')) children.splice(0, 2);
}

function inlineRuns(
  state: ParseState,
  inline: Token,
): { runs: InlineRun[]; images: SimpleBlock[] } {
  const runs: InlineRun[] = [];
  const images: SimpleBlock[] = [];
  let strong = false;
  let em = false;
  const pushText = (text: string) => {
    if (text === '') return;
    if (/<\/?[a-z!][^>]*>/i.test(text)) {
      state.warnings.push({ code: 'raw-html', ...lineField(inline) });
    }
    const last = runs.at(-1);
    if (last?.kind === 'text' && Boolean(last.strong) === strong && Boolean(last.em) === em) {
      last.text += text;
      return;
    }
    runs.push({ kind: 'text', text, ...(strong ? { strong } : {}), ...(em ? { em } : {}) });
  };
  for (const child of inline.children ?? []) {
    switch (child.type) {
      case 'text':
      case 'code_inline':
        pushText(child.content);
        break;
      case 'softbreak':
      case 'hardbreak':
        // One sentence per line (FALC): a new line in the source is a new line on screen.
        runs.push({ kind: 'break' });
        break;
      case 'strong_open':
      case 'strong_close':
        strong = child.type === 'strong_open';
        break;
      case 'em_open':
      case 'em_close':
        em = child.type === 'em_open';
        break;
      case 'link_open':
        // The portal never leaves for another page from a sheet: the label stays, as text.
        state.warnings.push({ code: 'link-as-text', ...lineField(inline) });
        break;
      case 'link_close':
        break;
      case 'image':
        images.push(...image(state, child, inline));
        break;
      default:
        state.warnings.push({ code: 'unsupported', ...lineField(inline), detail: child.type });
    }
  }
  return { runs, images };
}

function image(state: ParseState, token: Token, inline: Token): SimpleBlock[] {
  const path = String(token.attrGet('src') ?? '');
  const src = state.resolveImage(path);
  if (!src) {
    state.warnings.push({ code: 'image-refused', ...lineField(inline), detail: path });
    return [];
  }
  return [{ kind: 'image', src, alt: token.content }];
}

export function plainText(runs: readonly InlineRun[]): string {
  return runs.map((run) => (run.kind === 'text' ? run.text : ' ')).join('');
}
