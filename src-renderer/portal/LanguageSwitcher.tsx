import { useTranslation } from 'react-i18next';
import { useAppInfo } from '../app/app-info';
import { AVAILABLE_LANGUAGES, changeLanguage } from '../app/i18n';
import { usePortalSession } from './session/portal-session';
import { languageChoices } from './language-choices';
import { recordUsage } from './usage';

/**
 * Each language is named in itself ("Français", "English", "العربية"), so anyone finds
 * theirs. Reading variants have no name in Intl: they are named here, in themselves too.
 */
const VARIANT_NAMES: Readonly<Record<string, string>> = {
  'fr-x-falc': 'Français facile',
};

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const { languages } = useAppInfo();
  const session = usePortalSession();
  const offered = languageChoices(languages.offered, AVAILABLE_LANGUAGES);
  if (offered.length < 2) return null;
  const choose = (code: string) => {
    void session.ensure();
    void changeLanguage(code);
    recordUsage({ type: 'language', language: code });
  };
  return (
    <nav className="language-switcher" aria-label={t('language.choose')}>
      <ul>
        {offered.map((code) => (
          <li key={code}>
            <button
              type="button"
              className="button button-language"
              lang={code}
              aria-pressed={i18n.language === code}
              onClick={() => choose(code)}
            >
              {nativeName(code)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}

const nativeNames = new Map<string, string>();

function nativeName(code: string): string {
  const variant = VARIANT_NAMES[code];
  if (variant) return variant;
  // Intl.DisplayNames is slow to build: each name is worked out once.
  let name = nativeNames.get(code);
  if (name === undefined) {
    const raw = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
    name = raw.charAt(0).toLocaleUpperCase(code) + raw.slice(1);
    nativeNames.set(code, name);
  }
  return name;
}
