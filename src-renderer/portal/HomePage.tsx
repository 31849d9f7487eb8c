import { useTranslation } from 'react-i18next';
import { api } from '../app/api';
import { useApi } from '../app/use-api';
import { CentreLogo } from './CentreLogo';
import { LanguageSwitcher } from './LanguageSwitcher';
import { OpeningHours } from './OpeningHours';
import { ToolLinks } from '../tools/ToolLinks';
import { GlossaryButton } from '../tools/glossary/GlossaryDialog';

/** The centre's own portal: who we are, when we are open, who to ask for help. */
export function HomePage() {
  const { t } = useTranslation('portal');
  const [centre] = useApi(() => api().centre.get());

  if (centre.status === 'loading') return <p role="status">{t('common:loading')}</p>;
  if (centre.status === 'failed') return <p role="alert">{t('home.unavailable')}</p>;

  const { name, helpText, hours, address, phone } = centre.data;
  return (
    <div className="page page-home">
      <header className="portal-header">
        <CentreLogo />
        <div className="portal-identity">
          <p className="portal-welcome">{t('home.welcome')}</p>
          {/* The centre writes its own texts (in French): isolate them from the page direction. */}
          <h1 className="portal-centre-name" dir="auto">
            {name}
          </h1>
        </div>
        <GlossaryButton />
        <LanguageSwitcher />
      </header>
      <ToolLinks />
      <main className="portal-main">
        <section className="help-box" aria-labelledby="help-title">
          <h2 id="help-title">{t('home.helpTitle')}</h2>
          <p dir="auto">{helpText}</p>
        </section>
        <OpeningHours hours={hours} />
        <section className="centre-contact" aria-labelledby="contact-title">
          <h2 id="contact-title">{t('home.contactTitle')}</h2>
          <p dir="auto">
            {address.street}, {address.postcode} {address.city}
          </p>
          <p>
            {t('home.phone')} <span dir="ltr">{phone}</span>
          </p>
        </section>
      </main>
    </div>
  );
}
