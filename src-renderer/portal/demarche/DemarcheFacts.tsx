import { useTranslation } from 'react-i18next';
import type { Demarche } from '../../../src-main/api/contract/catalogue';
import { pickText } from '../localized';
import { Icon } from '../../icons/Icon';

/**
 * What to have before starting, and what the site will ask: a code on the phone,
 * FranceConnect, a document to print. Said before the resident is half-way through.
 */
export function DemarcheFacts({ demarche }: { demarche: Demarche }) {
  const { t, i18n } = useTranslation('portal');
  const language = i18n.language;
  const channels = demarche.verificationCode.map((channel) => t(`demarche.code.${channel}`));
  return (
    <>
      {demarche.prerequisites.length > 0 ? (
        <section className="prerequisites" aria-labelledby="prerequisites-title">
          <h2 id="prerequisites-title">{t('demarche.before')}</h2>
          <ul className="check-list">
            {demarche.prerequisites.map((item, index) => (
              <li key={index} dir="auto">
                <Icon name="check" />
                {pickText(item, language)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {channels.length > 0 ? (
        <aside className="notice-box notice-code">
          <p className="notice-title">
            <Icon name="phone" />
            {t('demarche.code.title')}
          </p>
          <p>{t('demarche.code.body', { channels: listFormat(channels, language) })}</p>
        </aside>
      ) : null}
      <ul className="demarche-notes">
        {demarche.loginProviders.includes('franceconnect') ? (
          <li>{t('demarche.franceconnect')}</li>
        ) : null}
        {demarche.loginProviders.includes('franceconnect-plus') ? (
          <li>{t('demarche.franceconnectPlus')}</li>
        ) : null}
        {demarche.givesPdf ? <li>{t('demarche.pdf')}</li> : null}
      </ul>
    </>
  );
}

function listFormat(items: readonly string[], language: string): string {
  try {
    return new Intl.ListFormat(language, { type: 'disjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}
