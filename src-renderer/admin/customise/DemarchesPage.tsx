import { useTranslation } from 'react-i18next';
import type { CentreConfig } from '../../../src-main/api/contract/config';
import type { DemarcheEntryDto } from '../../../src-main/api/contract/namespaces/customise';
import { CustomLinksEditor } from './CustomLinksEditor';
import { HomePreview } from './HomePreview';
import { keywordDifference } from './keywords';
import { localized } from './localized';
import { SaveBar } from './SaveBar';
import { WordListField } from './fields';
import { useConfigDraft } from './use-config-draft';

type DemarcheSetting = CentreConfig['portal']['demarches'][number];

/** Démarches by theme: show or hide, order, keywords; then the centre's own links. */
export default function DemarchesPage() {
  const { t, i18n } = useTranslation('admin');
  const config = useConfigDraft();
  const { draft, update, issues, preview } = config;
  if (!draft || !preview) return <p role="status">{t('common:loading')}</p>;

  const rows = demarcheRows(draft, preview.demarches);
  const edit = (change: (settings: DemarcheSetting[]) => void) =>
    update((d) => {
      const settings = demarcheRows(d, preview.demarches).map((row) => row.setting);
      change(settings);
      d.portal.demarches = settings;
    });

  return (
    <div className="customise-page">
      <div className="customise-form">
        <h2>{t('demarches.title')}</h2>
        <p>{t('demarches.intro')}</p>
        {preview.themes.map((theme) => {
          const inTheme = rows.filter((row) => row.entry.themeId === theme.id);
          if (inTheme.length === 0) return null;
          return (
            <section key={theme.id} className="demarche-theme">
              <h3>{theme.label ?? localized(theme.title, i18n.language)}</h3>
              <ol className="order-list">
                {inTheme.map(({ entry, setting, index }, place) => {
                  const name = localized(entry.title, i18n.language);
                  return (
                    <li key={entry.id} className={setting.visible ? '' : 'order-item-hidden'}>
                      <p className="order-item-title">
                        {name}
                        {entry.origin === 'centre' ? ` (${t('demarches.ownLink')})` : ''}
                        {setting.visible ? '' : ` — ${t('themes.hidden')}`}
                      </p>
                      <div className="order-item-actions">
                        <button
                          type="button"
                          className="button button-secondary"
                          aria-pressed={!setting.visible}
                          onClick={() =>
                            edit((all) => {
                              const item = all.find((each) => each.id === entry.id);
                              if (item) item.visible = !setting.visible;
                            })
                          }
                        >
                          {setting.visible
                            ? t('themes.hide', { name })
                            : t('themes.show', { name })}
                        </button>
                        <button
                          type="button"
                          className="button button-secondary"
                          disabled={place === 0}
                          aria-label={t('order.up', { name })}
                          onClick={() => edit((all) => moveWithinTheme(all, rows, entry.id, -1))}
                        >
                          ↑
                        </button>
                        <button
                          type="button"
                          className="button button-secondary"
                          disabled={place === inTheme.length - 1}
                          aria-label={t('order.down', { name })}
                          onClick={() => edit((all) => moveWithinTheme(all, rows, entry.id, 1))}
                        >
                          ↓
                        </button>
                      </div>
                      {entry.origin === 'base' ? (
                        <WordListField
                          label={t('demarches.keywords', { name })}
                          hint={t('demarches.keywordsHint')}
                          path={`portal.demarches.${index}.keywords.add`}
                          issues={issues}
                          words={keywordsInForce(entry, setting)}
                          onChange={(words) =>
                            edit((all) => {
                              const item = all.find((each) => each.id === entry.id);
                              if (item)
                                item.keywords = keywordDifference(entry.publishedKeywords, words);
                            })
                          }
                        />
                      ) : null}
                    </li>
                  );
                })}
              </ol>
            </section>
          );
        })}
        <CustomLinksEditor
          links={draft.portal.customLinks}
          themes={preview.themes}
          issues={issues}
          onChange={(change) => update((d) => change(d.portal.customLinks))}
        />
        <SaveBar draft={config} />
      </div>
      <HomePreview preview={preview} />
    </div>
  );
}

interface Row {
  entry: DemarcheEntryDto;
  setting: DemarcheSetting;
  /** Its place in portal.demarches once written (for field paths). */
  index: number;
}

/** The draft's order first, then every entry it does not name yet, with their settings. */
function demarcheRows(draft: CentreConfig, entries: readonly DemarcheEntryDto[]): Row[] {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const linkIds = new Set(draft.portal.customLinks.map((link) => link.id));
  const named = draft.portal.demarches.filter((setting) => byId.has(setting.id));
  const namedIds = new Set(named.map((setting) => setting.id));
  const added = entries
    .filter((entry) => !namedIds.has(entry.id))
    .map((entry): DemarcheSetting => ({
      id: entry.id,
      visible: entry.visible,
      keywords: { add: [], remove: [] },
    }));
  return [...named, ...added]
    .filter((setting) => byId.get(setting.id)?.origin === 'base' || linkIds.has(setting.id))
    .map((setting, index) => ({
      setting: structuredClone(setting),
      entry: byId.get(setting.id) as DemarcheEntryDto,
      index,
    }));
}

/** Swaps a démarche with its neighbour of the same theme, wherever they sit in the list. */
function moveWithinTheme(all: DemarcheSetting[], rows: readonly Row[], id: string, step: -1 | 1) {
  const themeId = rows.find((row) => row.entry.id === id)?.entry.themeId;
  const sameTheme = rows.filter((row) => row.entry.themeId === themeId).map((row) => row.entry.id);
  const neighbour = sameTheme[sameTheme.indexOf(id) + step];
  const from = all.findIndex((item) => item.id === id);
  const to = all.findIndex((item) => item.id === neighbour);
  if (from < 0 || to < 0) return;
  const moving = all[from] as DemarcheSetting;
  all[from] = all[to] as DemarcheSetting;
  all[to] = moving;
}

function keywordsInForce(entry: DemarcheEntryDto, setting: DemarcheSetting): string[] {
  const removed = new Set(setting.keywords.remove.map((word) => word.toLowerCase()));
  const kept = entry.publishedKeywords.filter((word) => !removed.has(word.toLowerCase()));
  return [...kept, ...setting.keywords.add];
}
