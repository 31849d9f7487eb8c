import { useState } from 'react';
import type { PrintOutcomeDto } from '../../../src-main/api/contract/namespaces/print';
import { api } from '../../app/api';
import { useApi } from '../../app/use-api';
import { useNamespace } from '../../app/use-namespace';
import { LastPrintError } from './LastPrintError';
import { PrinterSettingsForm } from './PrinterSettingsForm';
import { SystemPrinterList } from './SystemPrinterList';
import './printers.css';

/** "Imprimantes": the computer's printers, the borne's choices, test pages, the last error. */
export default function PrintersPage() {
  const { t, ready } = useNamespace('print');
  const [printers, reloadPrinters] = useApi(() => api().print.printers());
  const [status, reloadStatus] = useApi(() => api().print.status());
  const [testMessage, setTestMessage] = useState<{ text: string; ok: boolean } | null>(null);

  async function test(target: 'page' | 'ticket') {
    setTestMessage(null);
    const outcome: PrintOutcomeDto = await api().print.testPage(target);
    const what = target === 'page' ? 'admin.test' : 'admin.testTicket';
    setTestMessage(
      outcome.status === 'failed'
        ? { ok: false, text: t(`${what}Failed`, { cause: t(`cause.${outcome.cause}`) }) }
        : { ok: true, text: t(`${what}Sent`) },
    );
    reloadStatus();
    reloadPrinters();
  }

  if (!ready) return <p role="status">{t('common:loading')}</p>;
  return (
    <div className="admin-page printers-page">
      <h2>{t('admin.title')}</h2>
      <SystemPrinterList state={printers} />
      {status.status === 'ready' && printers.status === 'ready' ? (
        <PrinterSettingsForm
          settings={status.data.settings}
          printers={printers.data.printers}
          onSaved={reloadStatus}
        />
      ) : null}
      <section aria-labelledby="tests-title">
        <h3 id="tests-title">{t('admin.tests')}</h3>
        <div className="admin-actions">
          <button type="button" className="button button-primary" onClick={() => void test('page')}>
            {t('admin.testPage')}
          </button>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => void test('ticket')}
          >
            {t('admin.testTicket')}
          </button>
        </div>
        {testMessage ? (
          <p
            role={testMessage.ok ? 'status' : 'alert'}
            className={testMessage.ok ? 'form-message form-ok' : 'form-message form-error'}
          >
            {testMessage.text}
          </p>
        ) : null}
      </section>
      {status.status === 'ready' ? (
        <>
          <p>
            {t('admin.today', {
              used: status.data.quota.day.used,
              limit: status.data.quota.day.limit,
            })}
          </p>
          <LastPrintError error={status.data.lastError} />
        </>
      ) : null}
    </div>
  );
}
