import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Catalogue, Demarche } from '../../src-main/api/contract/catalogue';

const BASE = resolve(import.meta.dirname, '../../kiosk-config/catalogue/base-catalogue.json');

/** Words a big federation catalogue would add: towns, bodies, local services. */
const PLACES = [
  'Lille',
  'Roubaix',
  'Tourcoing',
  'Villeneuve',
  'Wattrelos',
  'Lomme',
  'Hellemmes',
  'Croix',
  'Marcq',
  'Wasquehal',
  'Armentières',
  'Seclin',
  'Loos',
  'Haubourdin',
  'Faches',
  'Ronchin',
  'Mons',
  'Lambersart',
  'Halluin',
  'Comines',
  'Wambrechies',
  'Quesnoy',
  'Bondues',
  'Mouvaux',
];
const BODIES = [
  'CCAS',
  'mairie annexe',
  'maison de quartier',
  'médiathèque',
  'PMI',
  'mission locale',
  'centre social',
  'espace emploi',
  'point justice',
  'France Services',
  'conseil départemental',
  'maison de la santé',
  'antenne CAF',
  'permanence',
  'relais assistantes maternelles',
];

/**
 * A 1,000-démarche catalogue built from the real 50: each copy keeps its texts and gets
 * a place, a local body and a number, so the vocabulary grows as a federation catalogue's
 * would (about 1,200 distinct words more), and ids stay unique.
 */
export function syntheticCatalogue(size = 1000): Catalogue {
  const base = JSON.parse(readFileSync(BASE, 'utf8')) as Catalogue;
  const demarches: Demarche[] = [];
  for (let index = 0; index < size; index += 1) {
    const source = base.demarches[index % base.demarches.length] as Demarche;
    const place = PLACES[index % PLACES.length] ?? '';
    const body = BODIES[Math.floor(index / PLACES.length) % BODIES.length] ?? '';
    const suffix = `${body} ${place} ${index}`;
    demarches.push({
      ...source,
      id: `${source.id}-${index}`,
      title: { ...source.title, fr: `${source.title.fr} — ${suffix}` },
      summary: { ...source.summary, fr: `${source.summary.fr} ${body} de ${place}.` },
      keywords: [...source.keywords, place.toLowerCase(), `ref${index}`],
    });
  }
  return { ...base, demarches };
}
