import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Demarche } from '../../../src-main/api/contract/catalogue';
import { api } from '../../app/api';
import { useApi } from '../../app/use-api';
import { demarchePath, rememberVia } from '../demarche-links';
import { pickText } from '../localized';

const COUNT = 6;

/** "Les plus demandées ici": what this borne's residents open most (nothing on a new borne). */
export function MostUsed({ find }: { find: (id: string) => Demarche | undefined }) {
  const { t, i18n } = useTranslation('portal');
  const [ids] = useApi(() => api().portal.mostUsed(COUNT));
  if (ids.status !== 'ready') return null;
  const demarches = ids.data.map(find).filter((each): each is Demarche => each !== undefined);
  if (demarches.length === 0) return null;
  return (
    <section className="most-used" aria-labelledby="most-used-title">
      <h2 id="most-used-title">{t('home.mostUsedTitle')}</h2>
      <ul className="most-used-list">
        {demarches.map((demarche) => (
          <li key={demarche.id}>
            <Link
              href={demarchePath(demarche.id)}
              className="chip-link"
              onClick={() => rememberVia('top')}
            >
              {pickText(demarche.title, i18n.language)}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
