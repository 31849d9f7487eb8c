import type { PrintPhase } from './use-print-job';
import { usePrintWords } from './use-print-words';

/** What happened to "Imprimer", in one plain sentence (alerts are read out by screen readers). */
export function PrintStatus({ phase }: { phase: PrintPhase }) {
  const { t } = usePrintWords();
  switch (phase.step) {
    case 'idle':
      return null;
    case 'sending':
    case 'printing':
      return (
        <p role="status" className="print-status">
          {t(`progress.${phase.step}`)}
        </p>
      );
    case 'printed':
      return (
        <p role="status" className="print-status print-status-done">
          {t('progress.printed')}
        </p>
      );
    case 'refused':
      return (
        <p role="alert" className="print-status print-status-problem">
          {t(`message.quota-${phase.limit}`, {
            requested: phase.requested,
            remaining: phase.remaining,
          })}
        </p>
      );
    case 'failed':
      return (
        <p role="alert" className="print-status print-status-problem">
          {t(`message.${phase.message}`)}
        </p>
      );
  }
}
