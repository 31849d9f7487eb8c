import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SiteStateDto } from '../../src-main/api/contract/namespaces/site';

type Refusal = NonNullable<SiteStateDto['refusal']>;

/** The friendly page in place of a refused navigation: never a browser error. */
export function RefusedPage({ refusal, onBack }: { refusal: Refusal; onBack(): void }) {
  const { t } = useTranslation('kiosk');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [refusal]);
  return (
    <section className="site-notice site-refused" aria-labelledby="site-refused-title">
      <h2 id="site-refused-title" ref={heading} tabIndex={-1}>
        {t('refused.title')}
      </h2>
      <p>{t(`refused.reason.${refusal.reason}`)}</p>
      <p>{t('refused.text')}</p>
      {refusal.host && (
        <p className="site-refused-host">
          {t('refused.host')} <span dir="ltr">{refusal.host}</span>
        </p>
      )}
      <p>{t('refused.help')}</p>
      <button type="button" className="button button-primary" onClick={onBack}>
        {t('refused.backToSite')}
      </button>
    </section>
  );
}
