import { useNamespace } from '../app/use-namespace';

/** The "print" namespace's words, loaded on first use (the print screens are a lazy chunk). */
export function usePrintWords() {
  return useNamespace('print');
}
