import { useTranslation } from 'react-i18next';
import type { PrintErrorDto } from '../../../src-main/api/contract/namespaces/print';

/** The referent sees the cause in words and the print system's own message. */
export function LastPrintError({ error }: { error: PrintErrorDto | null }) {
  const { t, i18n } = useTranslation('print');
  return (
    <section aria-labelledby="last-error-title">
      <h3 id="last-error-title">{t('admin.lastError')}</h3>
      {error ? (
        <div className="notice notice-error">
          <p>
            {t('admin.errorAt', {
              date: new Date(error.at).toLocaleString(i18n.language),
              printer: error.printer ?? '—',
            })}{' '}
            : {t(`cause.${error.cause}`)}
          </p>
          <p>
            {t('admin.errorDetail')} <code dir="ltr">{error.detail}</code>
          </p>
        </div>
      ) : (
        <p>{t('admin.noError')}</p>
      )}
    </section>
  );
}
