import { compileHostRules, type HostRuleSet } from './allowlist/host-rule-set';
import { screenHttpsUrl } from './allowlist/url-screen';

/** Permissions a centre may grant to named hosts (e.g. the camera for a photo on ANTS). */
export const GRANTABLE_PERMISSIONS = [
  'camera',
  'microphone',
  'geolocation',
  'notifications',
  'clipboard-read',
] as const;
export type GrantablePermission = (typeof GRANTABLE_PERMISSIONS)[number];

export interface CompiledGrant {
  permission: GrantablePermission;
  hosts: HostRuleSet;
}

/** The centre's grants as its config writes them, compiled for matching. */
export function compileGrants(
  grants: readonly { permission: GrantablePermission; hosts: readonly string[] }[],
): CompiledGrant[] {
  return grants.map((grant) => ({
    permission: grant.permission,
    hosts: compileHostRules(grant.hosts).set,
  }));
}

/** A permission request or check as Electron describes it. */
export interface PermissionAsk {
  /** Electron's name: "media", "geolocation", "notifications", "openExternal", "hid"… */
  permission: string;
  /** For "media": what the page asks for ("video", "audio"). */
  mediaTypes?: readonly string[];
  /** The frame asking (a subframe's own address, not the top page's). */
  requestingUrl: string;
}

/** Writing to the clipboard from a page ("copier le numéro"): harmless, wiped at session end. */
const ALWAYS_ALLOWED = new Set(['clipboard-sanitized-write']);

/**
 * Denied by default; allowed only if the centre granted exactly this permission to the
 * asking frame's host. Fullscreen, opening other programs (openExternal), files, USB,
 * HID, serial, MIDI, screen capture, pointer and keyboard lock are never grantable.
 */
export function decidePermission(ask: PermissionAsk, grants: readonly CompiledGrant[]): boolean {
  if (ALWAYS_ALLOWED.has(ask.permission)) return true;
  const wanted = grantableNames(ask);
  if (wanted.length === 0) return false;
  const screened = screenHttpsUrl(ask.requestingUrl);
  if (!screened.ok) return false;
  return wanted.every((permission) =>
    grants.some(
      (grant) =>
        grant.permission === permission && grant.hosts.match(screened.host)?.punycodeNamedByRule,
    ),
  );
}

function grantableNames(ask: PermissionAsk): GrantablePermission[] {
  switch (ask.permission) {
    case 'media': {
      const types = ask.mediaTypes ?? [];
      if (types.length === 0 || types.some((type) => type !== 'video' && type !== 'audio')) {
        return [];
      }
      return types.map((type) => (type === 'video' ? 'camera' : 'microphone'));
    }
    case 'geolocation':
    case 'notifications':
    case 'clipboard-read':
      return [ask.permission];
    default:
      return [];
  }
}
