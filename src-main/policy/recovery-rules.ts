/**
 * What the borne does when a renderer dies or hangs. A crashed or killed site renderer,
 * or the borne's own UI renderer, ends the resident session (everything is wiped) and the
 * borne comes back to a clean home screen; each case is recorded as an anonymous
 * incident. A renderer that stops answering gets a short grace (slow official sites do
 * freeze for a few seconds), then it is crashed on purpose and handled the same way.
 */
export const HANG_GRACE_MS = 8000;

export type RendererTarget = 'site' | 'ui';

/** Electron's render-process-gone reasons. */
export type GoneReason =
  | 'clean-exit'
  | 'abnormal-exit'
  | 'killed'
  | 'crashed'
  | 'oom'
  | 'launch-failed'
  | 'integrity-failure'
  | 'memory-eviction';

/** The incident code (a slug) for the statistics. */
export function incidentCode(target: RendererTarget, reason: GoneReason | 'hung'): string {
  return `${target}-renderer-${reason}`;
}

export function gpuIncidentCode(reason: string): string {
  return `gpu-process-${
    reason
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'gone'
  }`;
}
