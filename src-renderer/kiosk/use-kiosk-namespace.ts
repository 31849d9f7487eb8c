import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadNamespaces } from '../app/i18n';

/** Loads the "kiosk" strings for the current language (and French) before showing them. */
export function useKioskNamespace(): boolean {
  const { i18n } = useTranslation();
  const [loaded, setLoaded] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    const language = i18n.language;
    void loadNamespaces(language, ['kiosk']).then(() => {
      if (current) setLoaded(language);
    });
    return () => {
      current = false;
    };
  }, [i18n.language]);
  return loaded === i18n.language;
}
