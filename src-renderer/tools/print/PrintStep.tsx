import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  OrientationSlipContent,
  PrintOutcomeDto,
  ReminderTicketContent,
} from '../../../src-main/api/contract/print-content';
import { PrintPreview } from './PrintPreview';

interface PrintStepProps {
  content: ReminderTicketContent | OrientationSlipContent;
  /** Sends the content to the borne's printer (the print port on the main side). */
  print(): Promise<PrintOutcomeDto>;
  onBack(): void;
}

/** The print step: the preview, one "Imprimer" button, and a plain answer. */
export function PrintStep({ content, print, onBack }: PrintStepProps) {
  const { t } = useTranslation('tools');
  const [state, setState] = useState<'ready' | 'printing' | 'printed' | 'failed'>('ready');

  async function run() {
    setState('printing');
    try {
      setState((await print()).outcome === 'printed' ? 'printed' : 'failed');
    } catch {
      setState('failed');
    }
  }

  return (
    <section className="print-step" aria-labelledby="print-step-title">
      <h2 id="print-step-title">{t('print.title')}</h2>
      <PrintPreview content={content} />
      <div className="tool-actions">
        <button
          type="button"
          className="button button-primary"
          disabled={state === 'printing'}
          onClick={() => void run()}
        >
          {t('print.confirm')}
        </button>
        <button type="button" className="button button-secondary" onClick={onBack}>
          {t('back')}
        </button>
      </div>
      <p role="status" className="print-outcome">
        {state === 'printing' ? t('print.printing') : null}
        {state === 'printed' ? t('print.printed') : null}
      </p>
      {state === 'failed' ? (
        <p role="alert" className="form-message">
          {t('print.failed')}
        </p>
      ) : null}
    </section>
  );
}
