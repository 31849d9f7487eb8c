import { z } from 'zod';
import { GRANTABLE_PERMISSIONS } from '../../../policy/permission-rules';
import { hostRule } from '../catalogue';
import { clockTime } from './primitives';

export const KEYBOARD_LAYOUTS = ['azerty', 'arabic'] as const;
export type KeyboardLayout = (typeof KEYBOARD_LAYOUTS)[number];

const keyboardDefaults = { enabled: false, layouts: ['azerty', 'arabic'] as KeyboardLayout[] };
const relaunchDefaults = { enabled: true, at: '03:30' };

/**
 * The locked-down kiosk around the official sites. Everything has a default, so a
 * config written before this section existed stays valid.
 */
export const kioskSchema = z
  .strictObject({
    /**
     * The centre's own hosts, allowed during every démarche on top of the démarche's own
     * (its website, the town hall's): "www.ville.fr" or "*.ville.fr".
     */
    centreHosts: z.array(hostRule).max(100).default([]),
    /**
     * Permissions the site view may use, each for named hosts only (e.g. the camera for
     * "*.ants.gouv.fr" where a webcam is installed). Everything else is denied.
     */
    permissionGrants: z
      .array(
        z.strictObject({
          permission: z.enum(GRANTABLE_PERMISSIONS),
          hosts: z.array(hostRule).min(1).max(20),
        }),
      )
      .max(20)
      .default([]),
    /** The on-screen keyboard under the site, for bornes without a physical keyboard. */
    onScreenKeyboard: z
      .strictObject({
        enabled: z.boolean().default(false),
        layouts: z.array(z.enum(KEYBOARD_LAYOUTS)).min(1).max(2).default(['azerty', 'arabic']),
      })
      .default(keyboardDefaults),
    /** A restart at night, when no one is there (the "borne" profile only). */
    nightlyRelaunch: z
      .strictObject({
        enabled: z.boolean().default(true),
        at: clockTime.default('03:30'),
      })
      .default(relaunchDefaults),
  })
  .default({
    centreHosts: [],
    permissionGrants: [],
    onScreenKeyboard: keyboardDefaults,
    nightlyRelaunch: relaunchDefaults,
  });

export type KioskSettings = z.infer<typeof kioskSchema>;
