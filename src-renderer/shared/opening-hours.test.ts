import { describe, expect, it } from 'vitest';
import { dayLabel, formatClock, formatRange, hoursOn } from './opening-hours';

const hours = {
  weekly: {
    monday: [{ opens: '13:30', closes: '18:00' }],
    tuesday: [],
    wednesday: [],
    thursday: [],
    friday: [],
    saturday: [],
    sunday: [],
  },
  exceptions: [{ date: '2026-12-28', label: 'Fermeture annuelle', ranges: [] }],
};

describe('opening hours', () => {
  it('writes times the French way and the locale way elsewhere', () => {
    const plain = (text: string) => text.replace(/\u00a0/g, ' ');
    expect(plain(formatClock('09:00', 'fr'))).toBe('9 h');
    expect(formatClock('13:30', 'fr')).toBe('13\u00a0h\u00a030');
    expect(plain(formatClock('13:30', 'en'))).toBe('1:30 PM');
    expect(plain(formatRange({ opens: '13:30', closes: '18:00' }, 'fr'))).toBe('13 h 30 – 18 h');
  });

  it('lets a dated exception override the weekly hours', () => {
    expect(hoursOn(hours, new Date(2026, 11, 21))).toEqual({ ranges: hours.weekly.monday });
    expect(hoursOn(hours, new Date(2026, 11, 28))).toEqual({
      ranges: [],
      exception: 'Fermeture annuelle',
    });
  });

  it('names days in the reader’s language', () => {
    expect(dayLabel('monday', 'fr')).toBe('lundi');
    expect(dayLabel('sunday', 'en')).toBe('Sunday');
  });
});
