import { useTranslation } from 'react-i18next';

export interface FigureRow {
  key: string;
  label: string;
  count: number;
  /** A second number when the figure has one (pages, minutes, steps). */
  total?: number;
}

/** The numbers of a chart, as a table anyone (and any screen reader) can read. */
export function FigureTable({
  caption,
  rows,
  countHeading,
  totalHeading,
}: {
  caption: string;
  rows: readonly FigureRow[];
  countHeading: string;
  totalHeading?: string;
}) {
  const { t, i18n } = useTranslation('stats');
  const number = new Intl.NumberFormat(i18n.language);
  if (rows.length === 0) return <p className="stats-empty">{t('empty')}</p>;
  return (
    <table className="stats-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('item')}</th>
          <th scope="col">{countHeading}</th>
          {totalHeading ? <th scope="col">{totalHeading}</th> : null}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row" dir="auto">
              {row.label}
            </th>
            <td>{number.format(row.count)}</td>
            {totalHeading ? <td>{number.format(row.total ?? 0)}</td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
