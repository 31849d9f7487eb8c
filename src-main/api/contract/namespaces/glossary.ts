import { z } from 'zod';
import { localeCode, slug } from '../config/primitives';
import { adminMethod, publicMethod } from '../define';
import { glossaryPackSchema, glossaryTermSchema } from '../glossary';

export const packPreviewDto = z.object({
  name: z.string(),
  added: z.array(z.object({ id: z.string(), term: z.string() })),
  changed: z.array(z.object({ id: z.string(), term: z.string(), fields: z.array(z.string()) })),
  unchanged: z.int(),
});
export type PackPreviewDto = z.infer<typeof packPreviewDto>;

export const glossaryContract = {
  /** What the person typed is searched, never recorded. */
  search: publicMethod(
    z.tuple([z.string().max(200), localeCode, z.int().min(1).max(500)]),
    z.object({ terms: z.array(glossaryTermSchema) }),
  ),
  get: publicMethod(z.tuple([slug]), glossaryTermSchema),
  save: adminMethod(z.tuple([glossaryTermSchema]), glossaryTermSchema),
  remove: adminMethod(z.tuple([slug]), z.object({ removed: z.boolean() })),
  exportPack: adminMethod(z.tuple([]), glossaryPackSchema),
  /** A pack file as read (JSON): validated by the service, which names the fields at fault. */
  previewPack: adminMethod(z.tuple([z.unknown()]), packPreviewDto),
  importPack: adminMethod(z.tuple([z.unknown()]), packPreviewDto),
};
