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
          {changeGroups(catalogue).map((group) => (
            <ChangeGroup
              key={group.label}
              label={t(`changes.${group.label}`, { count: group.entries.length })}
              items={group.entries.map(
                (entry) =>
                  title(entry) +
                  ('fields' in entry
                    ? ` — ${entry.fields.map((field) => t(`field.${field}`, { defaultValue: field })).join(', ')}`
                    : ''),
              )}
              kind={group.kind}
            />
          ))}
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

type CatalogueChanges = NonNullable<NonNullable<Changes>['catalogue']>;

/** The groups shown, in order; empty ones are not shown. */
function changeGroups(catalogue: CatalogueChanges) {
  return [
    { label: 'added', kind: 'added', entries: catalogue.demarches.added },
    { label: 'removed', kind: 'removed', entries: catalogue.demarches.removed },
    { label: 'changed', kind: 'changed', entries: catalogue.demarches.changed },
    { label: 'themesAdded', kind: 'added', entries: catalogue.themes.added },
    { label: 'themesRemoved', kind: 'removed', entries: catalogue.themes.removed },
  ] as const;
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
