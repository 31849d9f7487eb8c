import { describe, expect, it } from 'vitest';
import { chooseTicketRoute, decidePagePrint, handleFailure } from './print-decision';

const context = {
  limits: { pagesPerSession: 20, pagesPerDay: 300 },
  usage: { sessionPages: 2, dayPages: 40 },
  pagePrinter: 'Accueil-Laser',
};

describe('page print decisions', () => {
  it('sends a document that fits the quota to the configured printer and charges its pages', () => {
    expect(decidePagePrint('pdf', 3, context)).toEqual({
      action: 'print',
      printer: 'Accueil-Laser',
      chargedPages: 3,
    });
  });

  it('uses the system default when no printer is chosen', () => {
    expect(decidePagePrint('page', 1, { ...context, pagePrinter: null })).toMatchObject({
      action: 'print',
      printer: null,
    });
  });

  it('refuses a 500-page PDF over quota', () => {
    expect(decidePagePrint('pdf', 500, context)).toEqual({
      action: 'refuse',
      reason: 'quota',
      quota: { allowed: false, limit: 'session', remaining: 18, requested: 500 },
    });
  });

  it('refuses an empty document', () => {
    expect(decidePagePrint('page', 0, context)).toEqual({ action: 'refuse', reason: 'empty' });
  });

  it('never charges nor refuses an admin test page', () => {
    const exhausted = { ...context, usage: { sessionPages: 20, dayPages: 300 } };
    expect(decidePagePrint('test', 1, exhausted)).toEqual({
      action: 'print',
      printer: 'Accueil-Laser',
      chargedPages: 0,
    });
  });
});

describe('ticket routes and failures', () => {
  it('prints tickets on the thermal printer when there is one, else on a page', () => {
    expect(chooseTicketRoute({ kind: 'tcp' })).toBe('thermal-network');
    expect(chooseTicketRoute({ kind: 'system' })).toBe('thermal-system');
    expect(chooseTicketRoute({ kind: 'none' })).toBe('page');
  });

  it('refunds pages only when the print system never took the job', () => {
    expect(handleFailure('print-system-down', 'submit')).toEqual({
      resident: 'printer-unavailable',
      refundPages: true,
    });
    expect(handleFailure('out-of-paper', 'tracking')).toMatchObject({
      resident: 'out-of-paper',
      refundPages: false,
    });
  });
});
