import { useEffect } from 'react';
import { useLocation } from 'wouter';
import { api } from '../app/api';

/** A site handed over a file to print: open the borne's preview, or say why it cannot print. */
export function PrintDocumentListener() {
  const [, navigate] = useLocation();
  useEffect(
    () =>
      api().on('printDocumentReceived', (received) => {
        navigate(
          received.status === 'ready'
            ? `/print/pdf/${received.id}`
            : `/print/refused/${received.reason}`,
        );
      }),
    [navigate],
  );
  return null;
}
