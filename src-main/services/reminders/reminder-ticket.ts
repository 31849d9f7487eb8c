import type { NextDeadlineDto } from '../../api/contract/namespaces/reminders';
import type { ReminderTicketContent } from '../../api/contract/print-content';
import type { DeadlineRule } from '../../api/contract/deadline-rules';
import { withoutGlossaryLinks } from '../../api/contract/glossary';
import { fill, longDate, resolveWording, type PrintWording } from '../tools-print/print-wording';

/** The centre, as the ticket's "where to get help" block shows it. */
export interface HelpDesk {
  name: string;
  street: string;
  postcode: string;
  city: string;
  phone: string;
  helpText: string;
}

/**
 * The reminder ticket's content from a rule and its next deadline: pure, so the preview
 * on screen and the paper are the same, and tests read it line by line.
 */
export function buildReminderTicket(
  rule: DeadlineRule,
  next: NextDeadlineDto,
  desk: HelpDesk,
  language: string,
): ReminderTicketContent {
  const { language: lang, wording } = resolveWording(language);
  const text = (texts: Record<string, string>) =>
    withoutGlossaryLinks(texts[lang] ?? texts.fr ?? '');
  return {
    kind: 'reminder-ticket',
    language: lang,
    direction: wording.direction,
    heading: wording.ticketHeading,
    demarche: text(rule.title),
    deadline: {
      text: deadlineSentence(next, wording),
      opens: next.opens,
      closes: next.closes,
      approximate: next.approximate,
    },
    details: detailLines(next, wording),
    bring: {
      heading: wording.bringHeading,
      lines: rule.bring.length > 0 ? rule.bring.map(text) : [wording.nothingToBring],
    },
    help: {
      heading: wording.helpHeading,
      lines: [
        desk.name,
        `${desk.street}, ${desk.postcode} ${desk.city}`,
        `${wording.phone} : ${desk.phone}`,
        desk.helpText,
      ],
    },
    qr: { url: rule.officialUrl, caption: wording.qrCaption },
    footer: fill(wording.footer, { date: longDate(next.today, wording) }),
  };
}

function deadlineSentence(next: NextDeadlineDto, wording: PrintWording): string {
  if (next.status === 'unknown' || next.closes === null) return wording.notAnnounced;
  const closes = longDate(next.closes, wording);
  if (next.status === 'passed') return fill(wording.passedOn, { date: closes });
  if (next.opens === null)
    return fill(next.approximate ? wording.aroundDate : wording.onDate, { date: closes });
  if (next.status === 'open') return fill(wording.windowOpenUntil, { closes });
  return fill(wording.windowFromTo, { opens: longDate(next.opens, wording), closes });
}

function detailLines(next: NextDeadlineDto, wording: PrintWording): string[] {
  const lines: string[] = [];
  if (next.time) lines.push(`${next.time.from} – ${next.time.to}`);
  if (next.advisedBy)
    lines.push(fill(wording.advisedBy, { date: longDate(next.advisedBy, wording) }));
  if (next.paperCloses)
    lines.push(fill(wording.paperBy, { date: longDate(next.paperCloses, wording) }));
  if (next.zone !== null) lines.push(fill(wording.taxZone, { zone: next.zone }));
  for (const reminder of next.reminders) {
    lines.push(
      fill(wording.reminderDaysBefore, {
        date: longDate(reminder.date, wording),
        days: reminder.daysBefore,
      }),
    );
  }
  if (next.shiftedFrom) lines.push(wording.shifted);
  if (next.approximate) lines.push(wording.estimated);
  return lines;
}
