import { useCallback, useEffect, useState } from 'react';
import type { PrintOutcomeDto } from '../../src-main/api/contract/namespaces/print';
import { api } from '../app/api';

/** Where the resident's "Imprimer" stands. */
export type PrintPhase =
  | { step: 'idle' }
  | { step: 'sending' }
  | { step: 'printing' }
  | { step: 'printed' }
  | { step: 'refused'; limit: 'session' | 'day'; remaining: number; requested: number }
  | { step: 'failed'; message: 'printer-unavailable' | 'out-of-paper' };

/**
 * Sends a document and follows it: the call answers as soon as the print system took it,
 * then a printJobChanged event says whether the paper came out or something holds it.
 */
export function usePrintJob(documentId: string | null): [PrintPhase, () => Promise<void>] {
  const [phase, setPhase] = useState<PrintPhase>({ step: 'idle' });

  useEffect(
    () =>
      api().on('printJobChanged', (change) => {
        if (change.documentId !== documentId) return;
        setPhase(
          change.state === 'printed'
            ? { step: 'printed' }
            : { step: 'failed', message: change.resident ?? 'printer-unavailable' },
        );
      }),
    [documentId],
  );

  const print = useCallback(async () => {
    if (!documentId) return;
    setPhase({ step: 'sending' });
    try {
      setPhase(toPhase(await api().print.printDocument(documentId)));
    } catch {
      setPhase({ step: 'failed', message: 'printer-unavailable' });
    }
  }, [documentId]);

  return [phase, print];
}

function toPhase(outcome: PrintOutcomeDto): PrintPhase {
  switch (outcome.status) {
    case 'accepted':
      return outcome.job === 'printed' ? { step: 'printed' } : { step: 'printing' };
    case 'refused':
      return {
        step: 'refused',
        limit: outcome.limit,
        remaining: outcome.remaining,
        requested: outcome.requested,
      };
    case 'failed':
      return { step: 'failed', message: outcome.resident };
  }
}
