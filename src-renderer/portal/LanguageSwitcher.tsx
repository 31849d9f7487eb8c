import { useTranslation } from 'react-i18next';
import { useAppInfo } from '../app/app-info';
import { AVAILABLE_LANGUAGES, changeLanguage } from '../app/i18n';

/** Each language is named in itself ("Français", "English", "العربية"), so anyone finds theirs. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const { languages } = useAppInfo();
  const offered = languages.offered.filter((code) => AVAILABLE_LANGUAGES.includes(code));
  if (offered.length < 2) return null;
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
              onClick={() => void changeLanguage(code)}
            >
              {nativeName(code)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function nativeName(code: string): string {
  const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
}
