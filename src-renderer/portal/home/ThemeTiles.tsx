import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { themePath } from '../demarche-links';
import { pickText } from '../localized';
import { tileLabel, type ThemeTile } from './home-themes';
import { Icon } from '../../icons/Icon';
import { themeIcon } from '../../icons/icon-set';

/** The big theme buttons: an icon and a word or two, as on the centre's own signs. */
export function ThemeTiles({ tiles }: { tiles: readonly ThemeTile[] }) {
  const { t, i18n } = useTranslation('portal');
  const language = i18n.language;
  return (
    <section className="themes" aria-labelledby="themes-title">
      <h2 id="themes-title">{t('home.themesTitle')}</h2>
      <ul className="theme-tiles">
        {tiles.map((tile) => (
          <li key={tile.theme.id}>
            <Link href={themePath(tile.theme.id)} className="theme-tile">
              <Icon name={themeIcon(tile.theme.icon)} className="theme-icon" />
              <span className="theme-tile-label">
                {tileLabel(tile, language, pickText(tile.theme.title, language))}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
