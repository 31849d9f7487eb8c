import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import frCommon from '../locales/fr/common.json';
import frPortal from '../locales/fr/portal.json';

/**
 * French is the source language and ships in the main bundle. Every other language is
 * a folder of JSON files under locales/ (one per namespace), loaded when chosen: to add
 * a language, drop locales/<code>/*.json and offer it in the centre's config.
 *
 * A reading variant is a language code with a private-use part, e.g. "fr-x-falc" (plain
 * French, "Facile à lire et à comprendre"): its folder holds only the strings it words
 * differently, and i18next falls back to its base language ("fr") for the others.
 */
export const SOURCE_LANGUAGE = 'fr';

type LocaleModule = { default: Record<string, unknown> };
const localeFiles = import.meta.glob<LocaleModule>('../locales/*/*.json');

/**
 * Every namespace French has, one JSON file each (locales/fr/<namespace>.json): a
 * feature adds its own file and needs no change here.
 */
export const NAMESPACES: readonly string[] = Object.keys(localeFiles)
  .map((path) => /\/locales\/fr\/([^/]+)\.json$/.exec(path)?.[1])
  .filter((name): name is string => name !== undefined);

/** Languages that have at least the common namespace. */
export const AVAILABLE_LANGUAGES = Object.keys(localeFiles)
  .map((path) => /\/locales\/([^/]+)\/common\.json$/.exec(path)?.[1])
  .filter((code): code is string => code !== undefined);

export async function initI18n(): Promise<I18n> {
  await i18next.use(initReactI18next).init({
    lng: SOURCE_LANGUAGE,
    fallbackLng: SOURCE_LANGUAGE,
    ns: ['common', 'portal'],
    defaultNS: 'common',
    resources: { fr: { common: frCommon, portal: frPortal } },
    partialBundledLanguages: true,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  i18next.on('languageChanged', applyDocumentLanguage);
  applyDocumentLanguage(SOURCE_LANGUAGE);
  return i18next;
}

/** Loads the namespaces a language still lacks, then switches to it. */
export async function changeLanguage(language: string): Promise<void> {
  await loadNamespaces(language, NAMESPACES);
  await i18next.changeLanguage(language);
}

/** Loads namespaces (e.g. "admin" when admin mode opens) for the current language and French. */
export async function loadNamespaces(
  language: string,
  namespaces: readonly string[],
): Promise<void> {
  const languages = language === SOURCE_LANGUAGE ? [language] : [language, SOURCE_LANGUAGE];
  await Promise.all(
    languages.flatMap((lng) =>
      namespaces.map(async (ns) => {
        if (i18next.hasResourceBundle(lng, ns)) return;
        const load = localeFiles[`../locales/${lng}/${ns}.json`];
        if (!load) return;
        i18next.addResourceBundle(lng, ns, (await load()).default, true, true);
      }),
    ),
  );
}

/** Arabic turns the whole page right-to-left; the layout uses logical CSS properties. */
function applyDocumentLanguage(language: string): void {
  document.documentElement.lang = language;
  document.documentElement.dir = i18next.dir(language);
}
