import { useTranslation } from 'react-i18next';
import type { StatsDashboardDto } from '../../../src-main/api/contract/namespaces/stats';
import { KEY_FIGURES } from './csv';

/** The headline numbers of the period, as a definition list. */
export function KeyFigures({
  totals,
  only = KEY_FIGURES,
}: {
  totals: StatsDashboardDto['totals'];
  only?: readonly (typeof KEY_FIGURES)[number][];
}) {
  const { t, i18n } = useTranslation('stats');
  const number = new Intl.NumberFormat(i18n.language);
  const value = (name: (typeof KEY_FIGURES)[number]) =>
    name === 'averageSessionSeconds'
      ? t('minutes', { count: Math.round(totals[name] / 60) })
      : number.format(totals[name]);
  return (
    <dl className="key-figures">
      {only.map((name) => (
        <div key={name} className="key-figure">
          <dt>{t(`figure.${name}`)}</dt>
          <dd data-figure={name}>{value(name)}</dd>
        </div>
      ))}
    </dl>
  );
}
