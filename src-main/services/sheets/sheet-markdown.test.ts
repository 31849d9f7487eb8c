import { describe, expect, it } from 'vitest';
import { sheetBlockSchema } from '../../api/contract/sheet';
import { parseSheetMarkdown } from './sheet-markdown';

const noImages = () => null;

const SHEET = `# Imprimer mon attestation

Vous obtenez une **attestation**.

## Avant de commencer

- Votre numéro allocataire.
- Votre mot de passe.

## Étapes

1. Cliquez sur « Mon Compte ».
2. Tapez votre numéro
   puis votre mot de passe.

   > [!WARNING]
   > Ne donnez jamais votre mot de passe.

3. Cliquez sur *Imprimer*.

> [!TIP]
> Demandez à l'accueil si ça bloque.
`;

describe('help sheet Markdown', () => {
  it('takes the title from the first heading and numbers steps across the sheet', () => {
    const sheet = parseSheetMarkdown(SHEET, noImages);
    expect(sheet.title).toBe('Imprimer mon attestation');
    expect(sheet.warnings).toEqual([]);
    expect(sheet.stepCount).toBe(3);
    const steps = sheet.blocks.find((block) => block.kind === 'steps');
    expect(steps?.kind === 'steps' && steps.steps.map((step) => step.number)).toEqual([1, 2, 3]);
    // Every node is one the contract accepts: the schema is the allowlist.
    for (const block of sheet.blocks) expect(sheetBlockSchema.safeParse(block).success).toBe(true);
  });

  it('keeps bold and italics as flags, and each source line as a line', () => {
    const sheet = parseSheetMarkdown(SHEET, noImages);
    expect(sheet.blocks[0]).toEqual({
      kind: 'paragraph',
      content: [
        { kind: 'text', text: 'Vous obtenez une ' },
        { kind: 'text', text: 'attestation', strong: true },
        { kind: 'text', text: '.' },
      ],
    });
    const steps = sheet.blocks.find((block) => block.kind === 'steps');
    if (steps?.kind !== 'steps') throw new Error('no steps');
    expect(steps.steps[1]?.blocks[0]).toEqual({
      kind: 'paragraph',
      content: [
        { kind: 'text', text: 'Tapez votre numéro' },
        { kind: 'break' },
        { kind: 'text', text: 'puis votre mot de passe.' },
      ],
    });
    expect(steps.steps[2]?.blocks[0]).toMatchObject({
      content: [{ text: 'Cliquez sur ' }, { text: 'Imprimer', em: true }, { text: '.' }],
    });
  });

  it('turns "> [!WARNING]" into an attention box, inside a step or on its own', () => {
    const sheet = parseSheetMarkdown(SHEET, noImages);
    const steps = sheet.blocks.find((block) => block.kind === 'steps');
    if (steps?.kind !== 'steps') throw new Error('no steps');
    expect(steps.steps[1]?.blocks[1]).toEqual({
      kind: 'callout',
      tone: 'warning',
      blocks: [
        {
          kind: 'paragraph',
          content: [{ kind: 'text', text: 'Ne donnez jamais votre mot de passe.' }],
        },
      ],
    });
    expect(sheet.blocks.at(-1)).toMatchObject({ kind: 'callout', tone: 'tip' });
    const plainQuote = parseSheetMarkdown('# T\n\n1. a\n\n> Une remarque.\n', noImages);
    expect(plainQuote.blocks.at(-1)).toMatchObject({ kind: 'callout', tone: 'note' });
  });

  it('shows markup, scripts and links as plain text, and says so', () => {
    const hostile = [
      '# Titre <img src=x onerror=alert(1)>',
      '',
      '1. <script>alert(1)</script> [cliquez](https://evil.example) [là](javascript:alert(1))',
      '2. <a href="https://evil.example">ici</a>',
      '',
      '<iframe src="https://evil.example"></iframe>',
    ].join('\n');
    const sheet = parseSheetMarkdown(hostile, noImages);
    expect(sheet.title).toBe('Titre <img src=x onerror=alert(1)>');
    const text = JSON.stringify(sheet.blocks);
    // A link keeps its label only; one markdown-it refuses stays literal text. Text is
    // rendered by React as text, so neither can run or navigate.
    expect(text).toContain('"<script>alert(1)</script> cliquez [là](javascript:alert(1))"');
    expect(text).not.toContain('https://evil.example)');
    expect(Object.keys(sheet.blocks[0] ?? {})).toEqual(['kind', 'steps']);
    expect(sheet.warnings.map((warning) => warning.code)).toEqual(
      expect.arrayContaining(['raw-html', 'link-as-text']),
    );
    for (const block of sheet.blocks) expect(sheetBlockSchema.safeParse(block).success).toBe(true);
  });

  it('uses pictures only through the resolver, and reports those it refuses', () => {
    const sheet = parseSheetMarkdown(
      '# T\n\n1. Regardez :\n\n   ![Le bouton Mon Compte](images/bouton.png)\n\n![x](https://evil.example/a.png)\n',
      (path) => (path === 'images/bouton.png' ? 'data:image/png;base64,iVBORw0KGgo=' : null),
    );
    const steps = sheet.blocks.find((block) => block.kind === 'steps');
    if (steps?.kind !== 'steps') throw new Error('no steps');
    expect(steps.steps[0]?.blocks[1]).toEqual({
      kind: 'image',
      src: 'data:image/png;base64,iVBORw0KGgo=',
      alt: 'Le bouton Mon Compte',
    });
    expect(sheet.warnings).toEqual([
      { code: 'image-refused', line: 7, detail: 'https://evil.example/a.png' },
    ]);
  });

  it('reports a sheet without title or steps, and constructs it does not show', () => {
    const sheet = parseSheetMarkdown('Du texte.\n\n```\ncode\n```\n\n---\n', noImages);
    expect(sheet.title).toBeNull();
    expect(sheet.warnings.map((warning) => warning.code)).toEqual([
      'unsupported',
      'unsupported',
      'no-title',
      'no-steps',
    ]);
  });

  it('keeps a numbered list inside a step as a plain list', () => {
    const sheet = parseSheetMarkdown('# T\n\n1. Choisissez :\n   1. oui\n   2. non\n', noImages);
    expect(sheet.stepCount).toBe(1);
    expect(sheet.warnings.map((warning) => warning.code)).toEqual(['nested-list']);
  });
});
