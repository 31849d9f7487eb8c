import { BarChart } from './BarChart';
import { FigureTable, type FigureRow } from './FigureTable';

export interface FigureBlockProps {
  id: string;
  title: string;
  rows: readonly FigureRow[];
  countHeading: string;
  totalHeading?: string;
  /** Chart the total rather than the count (pages printed…). */
  chartTotal?: boolean;
  horizontal?: boolean;
}

/** One section of the dashboard: its title, a chart, and the same numbers as a table. */
export function FigureBlock(props: FigureBlockProps) {
  const { id, title, rows } = props;
  const values = rows.map((row) => (props.chartTotal ? (row.total ?? 0) : row.count));
  return (
    <section className="stats-block" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {rows.length > 0 ? (
        <BarChart
          title={title}
          labels={rows.map((row) => row.label)}
          values={values}
          horizontal={props.horizontal ?? false}
        />
      ) : null}
      <FigureTable
        caption={title}
        rows={rows}
        countHeading={props.countHeading}
        {...(props.totalHeading ? { totalHeading: props.totalHeading } : {})}
      />
    </section>
  );
}
