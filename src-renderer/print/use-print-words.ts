import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadNamespaces } from '../app/i18n';

/** The "print" namespace's words, loaded on first use (the print screens are a lazy chunk). */
export function usePrintWords() {
  const translation = useTranslation('print');
  const { language } = translation.i18n;
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let current = true;
    void loadNamespaces(language, ['print']).then(() => current && setReady(true));
    return () => {
      current = false;
    };
  }, [language]);
  return { ...translation, ready };
}
