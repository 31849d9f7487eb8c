import type { TFunction } from 'i18next';
import type { Catalogue, LocalizedText } from '../../../src-main/api/contract/catalogue';
import type { StatsBreakdown } from '../../../src-main/api/contract/stats-names';

/** Turns the ids and codes of the figures into words for the referent. */
export type FigureLabeller = (breakdown: StatsBreakdown, key: string) => string;

export function createLabeller(
  t: TFunction,
  language: string,
  catalogue: Catalogue | null,
): FigureLabeller {
  const text = (value: LocalizedText) => value[language] ?? value.fr ?? '';
  const demarches = new Map(catalogue?.demarches.map((item) => [item.id, text(item.title)]));
  const themes = new Map(catalogue?.themes.map((item) => [item.id, text(item.title)]));
  const sheets = new Map(catalogue?.demarches.map((item) => [item.sheetId, text(item.title)]));
  const languageName = (code: string) => {
    try {
      return new Intl.DisplayNames([language], { type: 'language' }).of(code) ?? code;
    } catch {
      return code;
    }
  };
  const word = (group: string, key: string) => t(`${group}.${key}`, { defaultValue: key });

  return (breakdown, key) => {
    switch (breakdown) {
      case 'demarche':
      case 'site':
        return demarches.get(key) ?? key;
      case 'theme':
        return themes.get(key) ?? key;
      case 'sheet':
      case 'sheet-step': {
        const title = sheets.get(key);
        return title ? t('sheetOf', { title }) : key;
      }
      case 'print': {
        const [kind = '', outcome = ''] = key.split(':');
        return `${word('printKind', kind)} (${word('printOutcome', outcome)})`;
      }
      case 'question': {
        const [question = '', answer = ''] = key.split(':');
        return `${word('question', question)} : ${word('answer', answer)}`;
      }
      case 'session-language':
      case 'language':
        return languageName(key);
      case 'text-size':
        return t('textSize', { size: key });
      case 'demarche-via':
        return word('via', key);
      case 'search':
        return word('search', key);
      case 'session-length':
        return word('length', key);
      case 'session-end':
        return word('endReason', key);
      case 'contrast':
        return word('contrast', key);
      case 'heartbeat':
        return word('printer', key);
      default:
        return key;
    }
  };
}
