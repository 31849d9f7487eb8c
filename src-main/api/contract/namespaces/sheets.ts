import { z } from 'zod';
import { localeCode, slug } from '../config/primitives';
import { publicMethod } from '../define';
import { sheetDto } from '../sheet';

export const sheetsContract = {
  /**
   * A help sheet in a language (or its fallback: fr-x-falc → fr, others → fr), as a
   * document tree. Fails with not-found when no such sheet exists.
   */
  get: publicMethod(z.tuple([slug, localeCode]), sheetDto),
};
