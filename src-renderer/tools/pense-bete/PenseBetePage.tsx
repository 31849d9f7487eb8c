import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { useApi } from '../../app/use-api';
import { ToolPage } from '../ToolPage';
import { useLocalized } from '../use-namespaces';
import { RuleDetail } from './RuleDetail';

/** "Mon pense-bête": pick a démarche, get its next deadline, print a reminder ticket. */
export default function PenseBetePage() {
  const { t } = useTranslation('tools');
  const text = useLocalized();
  const [rules] = useApi(() => api().reminders.list());
  const [chosen, setChosen] = useState<string | null>(null);

  const rule =
    rules.status === 'ready' ? rules.data.rules.find((item) => item.id === chosen) : undefined;
  return (
    <ToolPage tool="pense-bete" title={t('penseBete.title')} intro={t('penseBete.intro')}>
      {rules.status === 'loading' ? <p role="status">{t('common:loading')}</p> : null}
      {rules.status === 'failed' ? <p role="alert">{t('unavailable')}</p> : null}
      {rule ? <RuleDetail key={rule.id} rule={rule} onBack={() => setChosen(null)} /> : null}
      {rules.status === 'ready' && !rule ? (
        <>
          {[false, true].map((local) => {
            const group = rules.data.rules.filter((item) => item.local === local);
            if (group.length === 0) return null;
            return (
              <section key={String(local)} aria-labelledby={`rules-${String(local)}`}>
                <h2 id={`rules-${String(local)}`}>
                  {t(local ? 'penseBete.localRules' : 'penseBete.nationalRules')}
                </h2>
                <ul className="tool-tiles">
                  {group.map((item) => (
                    <li key={item.id}>
                      <button
                        type="button"
                        className="tool-tile"
                        onClick={() => setChosen(item.id)}
                        dir="auto"
                      >
                        {text(item.title)}
                      </button>
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
        </>
      ) : null}
    </ToolPage>
  );
}
