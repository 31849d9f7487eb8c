import { z } from 'zod';
import {
  clockTime,
  formattedString,
  frenchPhone,
  isoDate,
  plainText,
  postcode,
  slug,
} from './primitives';

/** One opening span within a day; "closes" must come after "opens". */
export const openingRangeSchema = z
  .strictObject({ opens: clockTime, closes: clockTime })
  .refine((range) => range.opens < range.closes, {
    message: 'closing time must be after opening time',
    params: { format: 'range-order' },
    path: ['closes'],
  });

export const WEEK_DAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;
export type WeekDay = (typeof WEEK_DAYS)[number];

const dayRanges = z.array(openingRangeSchema).max(4).default([]);

export const weeklyHoursSchema = z.strictObject({
  monday: dayRanges,
  tuesday: dayRanges,
  wednesday: dayRanges,
  thursday: dayRanges,
  friday: dayRanges,
  saturday: dayRanges,
  sunday: dayRanges,
});

/** A dated exception: a public holiday, a closure, special hours. No ranges = closed. */
export const hoursExceptionSchema = z.strictObject({
  date: isoDate,
  label: plainText(1, 80),
  ranges: z.array(openingRangeSchema).max(4).default([]),
});

export const centreIdentitySchema = z.strictObject({
  /** Stable identifier, also the "centre" custom dimension in the federation's Matomo. */
  id: slug,
  name: plainText(2, 80),
  territory: z.strictObject({ id: slug, name: plainText(2, 80) }),
  address: z.strictObject({
    street: plainText(2, 120),
    postcode,
    city: plainText(1, 80),
  }),
  phone: frenchPhone,
  email: z.email().max(120).optional(),
  /** File name of the logo inside the config's assets folder; absent = text only. */
  logo: formattedString(
    /^[\w.-]{1,80}\.(?:png|jpe?g|webp|svg)$/i,
    'logo-file',
    'an image file name',
  ).optional(),
  /** "Who to ask for help": shown on the home screen, e.g. "Demandez à l'accueil". */
  helpText: plainText(2, 240),
  hours: z.strictObject({
    weekly: weeklyHoursSchema,
    exceptions: z.array(hoursExceptionSchema).max(60).default([]),
  }),
});

export type CentreIdentity = z.infer<typeof centreIdentitySchema>;
export type OpeningRange = z.infer<typeof openingRangeSchema>;
