import { describe, expect, it } from 'vitest';
import { gpuIncidentCode, incidentCode } from './recovery-rules';

describe('recovery rules', () => {
  it('names incidents as slugs the statistics accept', () => {
    expect(incidentCode('site', 'crashed')).toBe('site-renderer-crashed');
    expect(incidentCode('ui', 'oom')).toBe('ui-renderer-oom');
    expect(incidentCode('site', 'hung')).toBe('site-renderer-hung');
    expect(gpuIncidentCode('crashed')).toBe('gpu-process-crashed');
    expect(gpuIncidentCode('Abnormal Exit!')).toBe('gpu-process-abnormal-exit');
    expect(gpuIncidentCode('')).toBe('gpu-process-gone');
    expect(gpuIncidentCode('abnormal-exit')).toBe('gpu-process-abnormal-exit');
  });
});
