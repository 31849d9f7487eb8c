import { z } from 'zod';
import { isoDate, localeCode, slug } from './config/primitives';

/**
 * A help sheet as the portal receives it: not HTML, but a small document tree that the
 * main side builds from the sheet's Markdown (services/sheets/sheet-markdown.ts). The
 * renderer turns each node into a React element, so no markup written in a sheet ever
 * reaches the DOM, and this schema is the allowlist of what a sheet may contain.
 * The format is written down in docs/help-sheets.md.
 *
 * The tree has fixed depth (inline runs < simple blocks < callouts < steps), so every
 * level is a plain, non-recursive schema.
 */
export const inlineRunSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('text'),
    text: z.string().max(4000),
    strong: z.boolean().optional(),
    em: z.boolean().optional(),
  }),
  /** A line break inside a paragraph or a step. */
  z.strictObject({ kind: z.literal('break') }),
]);
export type InlineRun = z.infer<typeof inlineRunSchema>;

const inlineRuns = z.array(inlineRunSchema).max(400);

export const simpleBlockSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('paragraph'), content: inlineRuns }),
  z.strictObject({ kind: z.literal('bullets'), items: z.array(inlineRuns).max(50) }),
  /** A picture of the sheet's own folder, as a data: URL (the UI's CSP allows no other). */
  z.strictObject({
    kind: z.literal('image'),
    src: z.string().regex(/^data:image\/(?:png|jpeg|webp|svg\+xml);base64,[A-Za-z0-9+/=]+$/),
    alt: z.string().max(300),
  }),
]);
export type SimpleBlock = z.infer<typeof simpleBlockSchema>;

export const CALLOUT_TONES = ['warning', 'tip', 'note'] as const;

/** "> [!WARNING]" → an "Attention" box; "> [!TIP]" → "Astuce"; any other quote → "À savoir". */
export const calloutBlockSchema = z.strictObject({
  kind: z.literal('callout'),
  tone: z.enum(CALLOUT_TONES),
  blocks: z.array(simpleBlockSchema).max(20),
});
export type CalloutBlock = z.infer<typeof calloutBlockSchema>;

export const stepBlockSchema = z.discriminatedUnion('kind', [
  ...simpleBlockSchema.options,
  calloutBlockSchema,
]);
export type StepBlock = z.infer<typeof stepBlockSchema>;

/** One thing to do; numbered from 1 across the whole sheet, whatever the Markdown says. */
export const sheetStepSchema = z.strictObject({
  number: z.int().min(1).max(100),
  blocks: z.array(stepBlockSchema).max(20),
});
export type SheetStep = z.infer<typeof sheetStepSchema>;

export const sheetBlockSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('heading'),
    level: z.union([z.literal(2), z.literal(3)]),
    content: inlineRuns,
  }),
  ...simpleBlockSchema.options,
  calloutBlockSchema,
  /** A numbered list: each item is a step the resident can tick. */
  z.strictObject({ kind: z.literal('steps'), steps: z.array(sheetStepSchema).min(1).max(100) }),
]);
export type SheetBlock = z.infer<typeof sheetBlockSchema>;

export const sheetDto = z.object({
  id: slug,
  /** The language of the text served: the one asked for, or its fallback (fr-x-falc → fr → …). */
  language: localeCode,
  title: z.string().min(1).max(200),
  /** When the text was last brought up to date with the official site. */
  updatedOn: isoDate.optional(),
  blocks: z.array(sheetBlockSchema).max(200),
  stepCount: z.int().min(0).max(100),
});
export type SheetDto = z.infer<typeof sheetDto>;
