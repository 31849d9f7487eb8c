import type {
  InlineRun,
  SheetBlock,
  SheetDto,
  SheetStep,
  StepBlock,
} from '../../src-main/api/contract/sheet';

/** A run list as plain text (what speech synthesis reads). */
export function runsText(runs: readonly InlineRun[]): string {
  return runs
    .map((run) => (run.kind === 'text' ? run.text : '\n'))
    .join('')
    .trim();
}

function blockText(block: SheetBlock | StepBlock): string[] {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
      return [runsText(block.content)];
    case 'bullets':
      return block.items.map(runsText);
    case 'image':
      return block.alt ? [block.alt] : [];
    case 'callout':
      return block.blocks.flatMap(blockText);
    case 'steps':
      return block.steps.map(stepText);
  }
}

export function stepText(step: SheetStep): string {
  return step.blocks.flatMap(blockText).join('\n');
}

/** The whole sheet as the pieces to read aloud, in reading order. */
export function sheetTexts(sheet: SheetDto): string[] {
  return [sheet.title, ...sheet.blocks.flatMap(blockText)].filter((text) => text !== '');
}
