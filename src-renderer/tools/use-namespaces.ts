import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadNamespaces } from '../app/i18n';

/**
 * Loads the tools' locale namespaces for the current language (French ships with them
 * as fallback) and says when they are ready: the tools load on demand, like admin mode.
 */
export function useToolNamespaces(namespaces: readonly string[] = ['tools']): boolean {
  const { i18n } = useTranslation();
  const [ready, setReady] = useState<string | null>(null);
  const key = `${i18n.language}:${namespaces.join(',')}`;
  useEffect(() => {
    let current = true;
    void loadNamespaces(i18n.language, namespaces).then(() => current && setReady(key));
    return () => {
      current = false;
    };
    // The key covers the language and the list.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return ready === key;
}

/** A text of the catalogue or the data files in the current language, French otherwise. */
export function useLocalized(): (texts: Readonly<Record<string, string>> | undefined) => string {
  const { i18n } = useTranslation();
  return (texts) => texts?.[i18n.language] ?? texts?.fr ?? '';
}

/** Civil dates (YYYY-MM-DD) in long form, in the page's language, Latin digits in Arabic. */
export function useDateFormat(): (iso: string) => string {
  const { i18n } = useTranslation();
  const locale = i18n.language === 'ar' ? 'ar-u-nu-latn' : i18n.language;
  return (iso) =>
    new Intl.DateTimeFormat(locale, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${iso}T00:00:00Z`));
}
