import { useTranslation } from 'react-i18next';
import type { PrintersDto } from '../../../src-main/api/contract/namespaces/print';
import type { ApiState } from '../../app/use-api';

/** The queues the computer knows, each with its state in plain words. */
export function SystemPrinterList({ state }: { state: ApiState<PrintersDto> }) {
  const { t } = useTranslation('print');
  return (
    <section aria-labelledby="system-printers-title">
      <h3 id="system-printers-title">{t('admin.systemPrinters')}</h3>
      {state.status === 'loading' ? <p role="status">{t('common:loading')}</p> : null}
      {state.status === 'ready' && state.data.failure ? (
        <p role="alert" className="form-message form-error">
          {t('admin.listFailed', { cause: t(`cause.${state.data.failure.cause}`) })}
        </p>
      ) : null}
      {state.status === 'ready' && !state.data.failure && state.data.printers.length === 0 ? (
        <p>{t('admin.noPrinters')}</p>
      ) : null}
      {state.status === 'ready' && state.data.printers.length > 0 ? (
        <ul className="printer-list">
          {state.data.printers.map((printer) => (
            <li key={printer.name}>
              <strong dir="auto">{printer.name}</strong>
              {printer.description !== printer.name ? (
                <span dir="auto"> — {printer.description}</span>
              ) : null}
              {printer.isDefault ? (
                <span className="printer-badge">{t('admin.isDefault')}</span>
              ) : null}
              <span
                className={printer.fault ? 'printer-state printer-state-fault' : 'printer-state'}
              >
                {printer.fault ? t(`cause.${printer.fault}`) : t('admin.ready')}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
