import { describe, expect, it } from 'vitest';
import { classifyPrintMessage, printerFault, residentMessageFor } from './print-failure';

const healthy = { enabled: true, accepting: true, reasons: ['none'], message: '' };

describe('print failure causes', () => {
  it.each([
    ['lp: Error - The printer or class does not exist.', 'printer-unknown'],
    ['lp: Error - No default destination.', 'no-printer'],
    ['lp: Error - Scheduler is not running.', 'print-system-down'],
    ['lpstat: Unable to connect to server: Bad file descriptor', 'print-system-down'],
    ['lp: Destination "BornePDF" is not accepting jobs.', 'job-refused'],
    ['lp: Error - Unsupported document-format "application/zip".', 'job-refused'],
    ['lp: Too many active jobs.', 'job-refused'],
    ['The printer is not responding.', 'printer-offline'],
    ['something nobody has seen', 'unknown'],
  ])('reads "%s" as %s', (text, cause) => {
    expect(classifyPrintMessage(text)).toBe(cause);
  });

  it('finds no fault in a healthy queue, nor in a low-toner warning', () => {
    expect(printerFault(healthy)).toBeNull();
    expect(
      printerFault({
        ...healthy,
        reasons: ['toner-low-warning', 'cups-waiting-for-job-completed'],
      }),
    ).toBeNull();
  });

  it('names paper, offline and stopped queues', () => {
    expect(printerFault({ ...healthy, reasons: ['media-empty-error'] })).toBe('out-of-paper');
    expect(printerFault({ ...healthy, reasons: ['offline-report'] })).toBe('printer-offline');
    expect(
      printerFault({ ...healthy, enabled: false, reasons: ['paused'], message: 'media-empty' }),
    ).toBe('out-of-paper');
    expect(printerFault({ ...healthy, enabled: false, reasons: ['paused'], message: '' })).toBe(
      'queue-stopped',
    );
    expect(printerFault({ ...healthy, accepting: false })).toBe('job-refused');
  });

  it('tells residents only two things, paper or ask at the desk', () => {
    expect(residentMessageFor('out-of-paper')).toBe('out-of-paper');
    expect(residentMessageFor('print-system-down')).toBe('printer-unavailable');
    expect(residentMessageFor('printer-unknown')).toBe('printer-unavailable');
  });
});
