import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  LinearScale,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

// Only what bar charts need: Chart.js is tree-shaken to these parts.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

export interface BarChartProps {
  /** Said to screen readers; the table beside the chart holds the same numbers. */
  title: string;
  labels: readonly string[];
  values: readonly number[];
  /** Bars along the reading direction: long labels (démarches) read better. */
  horizontal?: boolean;
  /** For the printed report: sharper pixels. */
  print?: boolean;
}

const BAR_COLOR = '#0b4f9c';
const TEXT_COLOR = '#1a1a1a';
const GRID_COLOR = '#d1d5db';

/**
 * A bar chart drawn by Chart.js on a canvas. Chart.js sets sizes through the CSSOM (never
 * a style attribute nor a <style> element) and evaluates no code, so it runs under the
 * UI's strict Content Security Policy. The canvas is an image with a name; the numbers
 * are in the table beside it.
 */
export function BarChart({
  title,
  labels,
  values,
  horizontal = false,
  print = false,
}: BarChartProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const { t, i18n } = useTranslation('stats');
  const rtl = i18n.dir() === 'rtl';

  // Compared by value: a new array with the same numbers must not redraw the chart.
  const data = JSON.stringify({ labels, values });
  useEffect(() => {
    if (!canvas.current) return;
    const parsed = JSON.parse(data) as { labels: string[]; values: number[] };
    const config = chartConfig({ ...parsed, horizontal, print, rtl, locale: i18n.language });
    const chart = new Chart(canvas.current, config);
    return () => chart.destroy();
  }, [data, horizontal, print, rtl, i18n.language]);

  return (
    <div className={`chart-box${horizontal ? ' chart-box-tall' : ''}`}>
      <canvas ref={canvas} role="img" aria-label={t('chartLabel', { title })}>
        {t('chartFallback')}
      </canvas>
    </div>
  );
}

function chartConfig(options: {
  labels: readonly string[];
  values: readonly number[];
  horizontal: boolean;
  print: boolean;
  rtl: boolean;
  locale: string;
}): ChartConfiguration<'bar'> {
  const { horizontal, rtl } = options;
  const ticks = { color: TEXT_COLOR, font: { size: 13 } };
  const countAxis = {
    beginAtZero: true,
    ticks: { ...ticks, precision: 0 },
    grid: { color: GRID_COLOR },
  };
  const labelAxis = { ticks, grid: { display: false } };
  return {
    type: 'bar',
    data: {
      labels: [...options.labels],
      datasets: [{ data: [...options.values], backgroundColor: BAR_COLOR, maxBarThickness: 36 }],
    },
    options: {
      indexAxis: horizontal ? 'y' : 'x',
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      locale: options.locale,
      ...(options.print ? { devicePixelRatio: 2 } : {}),
      plugins: { legend: { display: false }, tooltip: { rtl } },
      scales: horizontal
        ? {
            x: { ...countAxis, reverse: rtl },
            y: { ...labelAxis, position: rtl ? 'right' : 'left' },
          }
        : {
            x: { ...labelAxis, reverse: rtl },
            y: { ...countAxis, position: rtl ? 'right' : 'left' },
          },
    },
  };
}
