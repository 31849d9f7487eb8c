import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Demarche } from '../../../src-main/api/contract/catalogue';
import { api } from '../../app/api';
import { MOST_USED_COUNT } from '../data/portal-data';
import { DemarcheLink } from '../DemarcheCard';
import { pickText } from '../localized';

/**
 * "Les plus demandées ici": what this borne's residents open most (nothing on a new
 * borne). Shown at once from the data loaded at start, then refreshed.
 */
export function MostUsed({
  initial,
  find,
}: {
  initial: readonly string[];
  find: (id: string) => Demarche | undefined;
}) {
  const { t, i18n } = useTranslation('portal');
  const [ids, setIds] = useState(initial);
  useEffect(() => {
    let current = true;
    api()
      .portal.mostUsed(MOST_USED_COUNT)
      .then(
        (fresh) => current && setIds(fresh),
        () => undefined,
      );
    return () => {
      current = false;
    };
  }, []);
  const demarches = ids.map(find).filter((each): each is Demarche => each !== undefined);
  if (demarches.length === 0) return null;
  return (
    <section className="most-used" aria-labelledby="most-used-title">
      <h2 id="most-used-title">{t('home.mostUsedTitle')}</h2>
      <ul className="most-used-list">
        {demarches.map((demarche) => (
          <li key={demarche.id}>
            <DemarcheLink demarche={demarche} via="top" className="chip-link">
              {pickText(demarche.title, i18n.language)}
            </DemarcheLink>
          </li>
        ))}
      </ul>
    </section>
  );
}
