import { z } from 'zod';
import { catalogueSchema } from '../catalogue';
import { publicMethod } from '../define';

export const catalogueContract = {
  /** The démarches and themes residents see: the base catalogue with the centre's customisations. */
  get: publicMethod(z.tuple([]), catalogueSchema),
};
