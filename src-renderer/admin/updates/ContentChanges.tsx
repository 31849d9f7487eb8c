import { useTranslation } from 'react-i18next';
import type { UpdatesStatusDto } from '../../../src-main/api/contract/namespaces/updates';
import { formatDateTime, localized } from './format';

type Changes = UpdatesStatusDto['content']['lastChanges'];
type Entry = { id: string; title: Record<string, string> };

/** What the last content update changed for residents: démarches added, removed, changed. */
export function ContentChanges({ changes }: { changes: Changes }) {
  const { t, i18n } = useTranslation('updates');
  if (!changes) {
    return (
      <section aria-labelledby="changes-title">
        <h2 id="changes-title">{t('changes.title')}</h2>
        <p>{t('changes.none')}</p>
      </section>
    );
  }
  const catalogue = changes.catalogue;
  const title = (entry: Entry) => localized({ fr: '', ...entry.title }, i18n.language);
  return (
    <section aria-labelledby="changes-title">
      <h2 id="changes-title">{t('changes.title')}</h2>
      <p>
        {t('changes.summary', {
          from: catalogue?.fromVersion ?? changes.fromVersion ?? t('changes.shipped'),
          to: changes.toVersion,
          date: formatDateTime(changes.at, i18n.language),
        })}
      </p>
      {catalogue ? (
        <div className="change-groups">
          <ChangeGroup
            label={t('changes.added', { count: catalogue.demarches.added.length })}
            items={catalogue.demarches.added.map(title)}
            kind="added"
          />
          <ChangeGroup
            label={t('changes.removed', { count: catalogue.demarches.removed.length })}
            items={catalogue.demarches.removed.map(title)}
            kind="removed"
          />
          <ChangeGroup
            label={t('changes.changed', { count: catalogue.demarches.changed.length })}
            items={catalogue.demarches.changed.map(
              (entry) =>
                `${title(entry)} — ${entry.fields
                  .map((field) => t(`field.${field}`, { defaultValue: field }))
                  .join(', ')}`,
            )}
            kind="changed"
          />
          <ChangeGroup
            label={t('changes.themesAdded', { count: catalogue.themes.added.length })}
            items={catalogue.themes.added.map(title)}
            kind="added"
          />
          <ChangeGroup
            label={t('changes.themesRemoved', { count: catalogue.themes.removed.length })}
            items={catalogue.themes.removed.map(title)}
            kind="removed"
          />
        </div>
      ) : (
        <p>{t('changes.catalogueSame')}</p>
      )}
      {changes.parts.length > 0 ? (
        <ul className="bundle-parts" aria-label={t('changes.parts')}>
          {changes.parts.map((part) => (
            <li key={part.name}>
              {t(`part.${part.name}`, { defaultValue: part.name })} : {part.from ?? '—'} →{' '}
              {part.to ?? t('changes.partRemoved')}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function ChangeGroup({ label, items, kind }: { label: string; items: string[]; kind: string }) {
  if (items.length === 0) return null;
  return (
    <div className={`change-group change-${kind}`}>
      <h3>{label}</h3>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </div>
  );
}
