import type { CentreIdentity, OpeningRange, WeekDay } from '../../../api/contract/config/identity';
import { WEEK_DAYS } from '../../../api/contract/config/identity';
import type { TicketWords } from './ticket-wording';

/**
 * The centre's week in as few lines as a ticket allows: consecutive days with the same
 * hours share a line ("lun.-ven. : 9h-12h, 13h30-18h"); closed days are left out.
 */
export function compactWeeklyHours(
  weekly: CentreIdentity['hours']['weekly'],
  words: TicketWords,
): string[] {
  const lines: string[] = [];
  let run: { first: WeekDay; last: WeekDay; key: string } | null = null;
  const flush = () => {
    if (!run || run.key === '') return;
    const days =
      run.first === run.last
        ? words.days[run.first]
        : `${words.days[run.first]}-${words.days[run.last]}`;
    lines.push(`${days} : ${run.key}`);
  };
  for (const day of WEEK_DAYS) {
    const key = weekly[day].map(formatRange).join(', ');
    if (run && run.key === key) {
      run.last = day;
      continue;
    }
    flush();
    run = { first: day, last: day, key };
  }
  flush();
  return lines;
}

function formatRange(range: OpeningRange): string {
  return `${clock(range.opens)}-${clock(range.closes)}`;
}

/** "13:30" → "13h30", "09:00" → "9h": no spaces, so a narrow ticket never wraps inside a time. */
function clock(time: string): string {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return minutes === 0 ? `${hours}h` : `${hours}h${String(minutes).padStart(2, '0')}`;
}
