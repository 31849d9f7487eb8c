/**
 * How raw events become daily figures: one rule per figure, written as SQL over
 * usage_events so that both the nightly roll-up and the dashboard's "today so far" are
 * computed by SQLite in one pass, never by loading events into JavaScript.
 *
 * A figure is (day, metric, key) → count, total. `total` sums a number the event carries
 * (pages printed, seconds of a session, minutes of an accompaniment).
 */
export interface RollupRule {
  metric: string;
  type: string;
  /** SQL expression of the key; '' for a plain count. */
  key: string;
  /** SQL expression summed into `total`; 0 when absent. */
  total?: string;
  /** SQL expression counted instead of rows (e.g. distinct sessions). */
  count?: string;
  /** Extra condition. */
  where?: string;
}

const field = (name: string) => `json_extract(data, '$.${name}')`;

const sessionBucket = `CASE
  WHEN ${field('durationSeconds')} < 120 THEN '0-2'
  WHEN ${field('durationSeconds')} < 300 THEN '2-5'
  WHEN ${field('durationSeconds')} < 600 THEN '5-10'
  WHEN ${field('durationSeconds')} < 1200 THEN '10-20'
  WHEN ${field('durationSeconds')} < 2400 THEN '20-40'
  ELSE '40+' END`;

export const LOCAL_DAY = `date(at_ms / 1000, 'unixepoch', 'localtime')`;

export const ROLLUP_RULES: readonly RollupRule[] = [
  { metric: 'sessions', type: 'session.start', key: `''` },
  // Day of week (0 = Sunday, as strftime says) and hour, local time.
  {
    metric: 'session-hour',
    type: 'session.start',
    key: `strftime('%w-%H', at_ms / 1000, 'unixepoch', 'localtime')`,
  },
  {
    metric: 'session-length',
    type: 'session.end',
    key: sessionBucket,
    total: field('durationSeconds'),
  },
  { metric: 'session-end', type: 'session.end', key: field('reason') },
  {
    metric: 'session-language',
    type: 'session.end',
    key: 'lang',
    where: 'lang IS NOT NULL',
  },
  { metric: 'theme', type: 'theme.open', key: field('themeId') },
  { metric: 'demarche', type: 'demarche.open', key: field('demarcheId') },
  { metric: 'demarche-via', type: 'demarche.open', key: field('via') },
  { metric: 'site', type: 'site.open', key: field('demarcheId') },
  { metric: 'sheet', type: 'sheet.open', key: field('sheetId') },
  { metric: 'sheet-step', type: 'sheet.step', key: field('sheetId') },
  {
    metric: 'print',
    type: 'print',
    key: `${field('kind')} || ':' || ${field('outcome')}`,
    total: field('pages'),
  },
  {
    metric: 'search',
    type: 'search',
    key: `CASE WHEN ${field('found')} THEN 'found' ELSE 'not-found' END`,
  },
  { metric: 'language', type: 'language', key: field('language') },
  { metric: 'text-size', type: 'display', key: `CAST(${field('textSize')} AS TEXT)` },
  {
    metric: 'contrast',
    type: 'display',
    key: `CASE WHEN ${field('highContrast')} THEN 'high' ELSE 'normal' END`,
  },
  {
    metric: 'question',
    type: 'question',
    key: `${field('question')} || ':' || ${field('answer')}`,
  },
  { metric: 'navigation-refused', type: 'navigation.refused', key: field('host') },
  { metric: 'incident', type: 'incident', key: field('code') },
  { metric: 'heartbeat', type: 'heartbeat', key: field('printer') },
  { metric: 'tool', type: 'tool.open', key: field('tool') },
  {
    metric: 'accompaniment',
    type: 'accompaniment',
    key: field('topic'),
    total: field('minutes'),
  },
  { metric: 'accompaniment-autonomy', type: 'accompaniment', key: field('autonomy') },
];

/**
 * One SELECT per rule, glued by UNION ALL, over the events with `id > @after AND id <= @upto`:
 * columns day, metric, key, count, total. Metric names are constants (no user input).
 */
export function rollupSelectSql(rules: readonly RollupRule[] = ROLLUP_RULES): string {
  return rules
    .map(
      (rule) => `SELECT ${LOCAL_DAY} AS day, '${rule.metric}' AS metric,
        coalesce(${rule.key}, '') AS key,
        ${rule.count ?? 'count(*)'} AS count,
        coalesce(sum(${rule.total ?? '0'}), 0) AS total
      FROM usage_events
      WHERE id > @after AND id <= @upto AND type = '${rule.type}'${rule.where ? ` AND ${rule.where}` : ''}
      GROUP BY day, key`,
    )
    .join('\nUNION ALL\n');
}
