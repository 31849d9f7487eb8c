/** A period of whole local days, as the dashboard API takes it. */
export interface Period {
  from: string;
  to: string;
}

export const PERIOD_PRESETS = [
  'last-7-days',
  'last-30-days',
  'this-month',
  'last-month',
  'this-year',
] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

/** "YYYY-MM-DD" of a local date. */
export function localDay(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The days a preset covers, today (local) included where the period is running. */
export function presetPeriod(preset: PeriodPreset, today: Date): Period {
  const year = today.getFullYear();
  const month = today.getMonth();
  const day = today.getDate();
  switch (preset) {
    case 'last-7-days':
      return { from: localDay(new Date(year, month, day - 6)), to: localDay(today) };
    case 'last-30-days':
      return { from: localDay(new Date(year, month, day - 29)), to: localDay(today) };
    case 'this-month':
      return { from: localDay(new Date(year, month, 1)), to: localDay(today) };
    case 'last-month':
      return {
        from: localDay(new Date(year, month - 1, 1)),
        to: localDay(new Date(year, month, 0)),
      };
    case 'this-year':
      return { from: localDay(new Date(year, 0, 1)), to: localDay(today) };
  }
}

/** A custom period typed by the referent, or the reason it is refused. */
export function checkPeriod(from: string, to: string): Period | 'missing' | 'backwards' {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(from) || !/^\d{4}-\d{2}-\d{2}$/.test(to)) return 'missing';
  if (from > to) return 'backwards';
  return { from, to };
}
