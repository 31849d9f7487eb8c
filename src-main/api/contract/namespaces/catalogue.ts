import { z } from 'zod';
import { catalogueSchema } from '../catalogue';
import { publicMethod } from '../define';

export const catalogueContract = {
  /** The démarches and themes in force (base catalogue; centre customisations come later). */
  get: publicMethod(z.tuple([]), catalogueSchema),
};
