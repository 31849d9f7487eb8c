import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Structure } from '../../../src-main/api/contract/directory';
import { api } from '../../app/api';
import { useApi } from '../../app/use-api';
import { FormActions } from './admin-helpers';
import { slugFrom } from './slug';

const EMPTY: Structure = {
  id: '',
  name: '',
  kind: 'association',
  needs: [],
  description: '',
  street: '',
  postcode: '',
  city: '',
  hours: '',
  accessibility: [],
  languages: [],
  demo: false,
};

/** Adds or edits one structure; a refused save names the fields. */
export function StructureForm({ initial, onDone }: { initial: Structure | null; onDone(): void }) {
  const { t } = useTranslation('tools-admin');
  const [draft, setDraft] = useState<Structure>(initial ?? EMPTY);
  const [error, setError] = useState<unknown>(null);
  const [facets] = useApi(() => api().directory.facets());
  const vocabulary =
    facets.status === 'ready'
      ? facets.data.vocabulary
      : { kinds: [], needs: [], accessibility: [] };
  const set = (patch: Partial<Structure>) => setDraft({ ...draft, ...patch });
  const toggle = <T extends string>(list: readonly T[], value: T) =>
    list.includes(value) ? list.filter((item) => item !== value) : [...list, value];

  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    setError(null);
    const id = draft.id || slugFrom(`${draft.name} ${draft.city}`);
    const { phone, email, website, ...rest } = draft;
    try {
      await api().directory.save({
        ...rest,
        id,
        ...(phone ? { phone } : {}),
        ...(email ? { email } : {}),
        ...(website ? { website } : {}),
      });
      onDone();
    } catch (failure) {
      setError(failure);
    }
  }

  const text = (
    field: 'name' | 'street' | 'postcode' | 'city' | 'hours' | 'phone' | 'email' | 'website',
  ) => (
    <div className="field">
      <label htmlFor={`structure-${field}`}>{t(`directory.field.${field}`)}</label>
      <input
        id={`structure-${field}`}
        value={draft[field] ?? ''}
        onChange={(event) => set({ [field]: event.target.value })}
      />
    </div>
  );

  return (
    <form className="admin-form" onSubmit={(event) => void submit(event)}>
      <h2>{initial ? t('directory.editTitle') : t('directory.addTitle')}</h2>
      {text('name')}
      <div className="field">
        <label htmlFor="structure-kind">{t('directory.field.kind')}</label>
        <select
          id="structure-kind"
          value={draft.kind}
          onChange={(event) => set({ kind: event.target.value as Structure['kind'] })}
        >
          {vocabulary.kinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`tools:directory.kind.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="choice">
        <legend>{t('directory.field.needs')}</legend>
        <div className="choice-row">
          {vocabulary.needs.map((need) => (
            <label key={need} className="checkbox">
              <input
                type="checkbox"
                checked={draft.needs.includes(need)}
                onChange={() => set({ needs: toggle(draft.needs, need) })}
              />
              {t(`tools:directory.need.${need}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor="structure-description">{t('directory.field.description')}</label>
        <textarea
          id="structure-description"
          rows={3}
          value={draft.description}
          onChange={(event) => set({ description: event.target.value })}
        />
      </div>
      {text('street')}
      {text('postcode')}
      {text('city')}
      {text('hours')}
      {text('phone')}
      {text('email')}
      {text('website')}
      <fieldset className="choice">
        <legend>{t('directory.field.accessibility')}</legend>
        <div className="choice-row">
          {vocabulary.accessibility.map((tag) => (
            <label key={tag} className="checkbox">
              <input
                type="checkbox"
                checked={draft.accessibility.includes(tag)}
                onChange={() => set({ accessibility: toggle(draft.accessibility, tag) })}
              />
              {t(`tools:directory.access.${tag}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <FormActions
        error={error}
        onCancel={onDone}
        fieldLabel={(path) =>
          t(`directory.field.${path.split('.')[0] ?? path}`, { defaultValue: path })
        }
      />
    </form>
  );
}
