import type { UsageEvent, UsageEventType } from '../../../api/contract/usage-event';

/** Matomo's event parameters: category, action, name, value (e_c, e_a, e_n, e_v). */
export interface MatomoEventFields {
  category: string;
  action: string;
  name?: string;
  value?: number;
}

type FieldMappers = {
  [Type in UsageEventType]?: (event: Extract<UsageEvent, { type: Type }>) => MatomoEventFields;
};

const flag = (on: boolean, word: string) => (on ? `,${word}` : '');

/**
 * How each usage event reads in Matomo's Events reports: the category is the kind of
 * thing, the action which one (so "Events > Categories > demarche" lists the démarches),
 * the name a detail, the value a number. Only ids and enumerations travel; an event type
 * added later without a mapper is sent as its bare type, never with its fields.
 */
const MAPPERS: FieldMappers = {
  'session.start': () => ({ category: 'session', action: 'start' }),
  'session.end': (event) => ({
    category: 'session',
    action: 'end',
    name: event.reason,
    value: event.durationSeconds,
  }),
  'theme.open': (event) => ({ category: 'theme', action: event.themeId }),
  'demarche.open': (event) => ({ category: 'demarche', action: event.demarcheId, name: event.via }),
  'site.open': (event) => ({ category: 'site', action: event.demarcheId }),
  'sheet.open': (event) => ({ category: 'sheet', action: event.sheetId, name: 'open' }),
  'sheet.step': (event) => ({
    category: 'sheet',
    action: event.sheetId,
    name: 'step',
    value: event.step,
  }),
  print: (event) => ({
    category: 'print',
    action: event.kind,
    name: event.outcome,
    value: event.pages,
  }),
  search: (event) => ({ category: 'search', action: event.found ? 'found' : 'not-found' }),
  language: (event) => ({ category: 'language', action: event.language }),
  display: (event) => ({
    category: 'display',
    action: `text-size-${event.textSize}`,
    name: `${event.highContrast ? 'high' : 'normal'}-contrast${flag(event.reducedMotion, 'reduced-motion')}`,
  }),
  question: (event) => ({ category: 'question', action: event.question, name: event.answer }),
  'navigation.refused': (event) => ({ category: 'navigation-refused', action: event.host }),
  incident: (event) => ({ category: 'incident', action: event.code }),
  heartbeat: (event) => ({
    category: 'heartbeat',
    action: event.printer,
    name: event.version,
    value: event.freeDiskMb,
  }),
  'tool.open': (event) => ({ category: 'tool', action: event.tool }),
  accompaniment: (event) => ({
    category: 'accompaniment',
    action: event.topic,
    name: `${event.autonomy}${flag(event.followUp, 'follow-up')}`,
    value: event.minutes,
  }),
};

export function matomoEventFields(event: UsageEvent): MatomoEventFields {
  const mapper = MAPPERS[event.type] as ((event: UsageEvent) => MatomoEventFields) | undefined;
  return mapper ? mapper(event) : { category: event.type, action: 'event' };
}
