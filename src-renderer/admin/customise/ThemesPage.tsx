import { useTranslation } from 'react-i18next';
import type { CentreConfig } from '../../../src-main/api/contract/config';
import type { ThemeEntryDto } from '../../../src-main/api/contract/namespaces/customise';
import { HomePreview } from './HomePreview';
import { moveById } from './list-moves';
import { localized } from './localized';
import { SaveBar } from './SaveBar';
import { TextField } from './fields';
import { useConfigDraft } from './use-config-draft';

/** Theme tiles: show or hide, order, rename in the centre's words. */
export default function ThemesPage() {
  const { t, i18n } = useTranslation('admin');
  const config = useConfigDraft();
  const { draft, update, issues, preview } = config;
  if (!draft || !preview) return <p role="status">{t('common:loading')}</p>;

  const rows = themeRows(draft, preview.themes);
  /** Edits the full list (every catalogue theme), so the order written is the one shown. */
  const edit = (change: (themes: ThemeSetting[]) => void) =>
    update((d) => {
      const themes = themeRows(d, preview.themes).map((row) => row.setting);
      change(themes);
      d.portal.themes = themes;
    });

  return (
    <div className="customise-page">
      <div className="customise-form">
        <h2>{t('themes.title')}</h2>
        <p>{t('themes.intro')}</p>
        <ol className="order-list">
          {rows.map(({ entry, setting }, index) => {
            const theme = { ...entry, visible: setting.visible, label: setting.label };
            const name = localized(theme.title, i18n.language);
            const path = `portal.themes.${index}.label`;
            return (
              <li key={theme.id} className={theme.visible ? '' : 'order-item-hidden'}>
                <p className="order-item-title">
                  {theme.label ?? name}
                  {theme.visible ? '' : ` — ${t('themes.hidden')}`}
                </p>
                <div className="order-item-actions">
                  <button
                    type="button"
                    className="button button-secondary"
                    aria-pressed={!theme.visible}
                    onClick={() =>
                      edit((themes) => {
                        const item = themes.find((each) => each.id === theme.id);
                        if (item) item.visible = !theme.visible;
                      })
                    }
                  >
                    {theme.visible ? t('themes.hide', { name }) : t('themes.show', { name })}
                  </button>
                  <button
                    type="button"
                    className="button button-secondary"
                    disabled={index === 0}
                    aria-label={t('order.up', { name })}
                    onClick={() => edit((themes) => moveById(themes, theme.id, -1))}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="button button-secondary"
                    disabled={index === rows.length - 1}
                    aria-label={t('order.down', { name })}
                    onClick={() => edit((themes) => moveById(themes, theme.id, 1))}
                  >
                    ↓
                  </button>
                </div>
                <TextField
                  label={t('themes.rename', { name })}
                  hint={t('themes.renameHint')}
                  path={path}
                  issues={issues}
                  value={setting.label ?? ''}
                  onChange={(value) =>
                    edit((themes) => {
                      const item = themes.find((each) => each.id === theme.id);
                      if (!item) return;
                      if (value === '') delete item.label;
                      else item.label = value;
                    })
                  }
                />
              </li>
            );
          })}
        </ol>
        <SaveBar draft={config} />
      </div>
      <HomePreview preview={preview} />
    </div>
  );
}

type ThemeSetting = CentreConfig['portal']['themes'][number];

/**
 * The draft's themes in the draft's order, then any catalogue theme it does not name yet,
 * each with the catalogue's entry (for its title) and the draft's setting.
 */
function themeRows(draft: CentreConfig, entries: readonly ThemeEntryDto[]) {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const named = draft.portal.themes.filter((setting) => byId.has(setting.id));
  const namedIds = new Set(named.map((setting) => setting.id));
  const added = entries
    .filter((entry) => !namedIds.has(entry.id))
    .map((entry): ThemeSetting => ({ id: entry.id, visible: entry.visible }));
  return [...named, ...added].map((setting: ThemeSetting) => ({
    setting: { ...setting },
    entry: byId.get(setting.id) as ThemeEntryDto,
  }));
}
