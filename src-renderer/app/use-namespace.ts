import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadNamespaces } from './i18n';

/**
 * A feature's own words (locales/<lang>/<namespace>.json), loaded on first use: lazy
 * screens keep their strings out of the resident path's bundle. `ready` is false until
 * the namespace is there in the current language and in French.
 */
export function useNamespace(namespace: string) {
  const translation = useTranslation(namespace);
  const { language } = translation.i18n;
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let current = true;
    void loadNamespaces(language, [namespace]).then(() => current && setReady(true));
    return () => {
      current = false;
    };
  }, [language, namespace]);
  return { ...translation, ready };
}
