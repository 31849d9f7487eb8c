import type { IconName } from '../icons/icon-set';

/**
 * The tools a resident can use without internet, listed on the home screen and offered
 * when sites do not answer. Each feature adds its own entry (the glossary, the directory
 * of local help…): a route, a label key in the portal namespace, an icon class.
 */
export interface OfflineTool {
  id: string;
  path: string;
  labelKey: string;
  hintKey: string;
  icon: IconName;
}

export const OFFLINE_TOOLS: readonly OfflineTool[] = [
  {
    id: 'sheets',
    path: '/fiches',
    labelKey: 'tools.sheets',
    hintKey: 'tools.sheetsHint',
    icon: 'sheet',
  },
  {
    id: 'pense-bete',
    path: '/outils/pense-bete',
    labelKey: 'tools.penseBete',
    hintKey: 'tools.penseBeteHint',
    icon: 'reminder',
  },
  {
    id: 'directory',
    path: '/outils/annuaire',
    labelKey: 'tools.directory',
    hintKey: 'tools.directoryHint',
    icon: 'directory',
  },
  {
    id: 'glossary',
    path: '/outils/lexique',
    labelKey: 'tools.glossary',
    hintKey: 'tools.glossaryHint',
    icon: 'glossary',
  },
];
