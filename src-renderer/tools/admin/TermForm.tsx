import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossaryTerm } from '../../../src-main/api/contract/glossary';
import { api } from '../../app/api';
import { FormActions } from './admin-helpers';

const LANGUAGES = ['fr', 'en', 'ar'] as const;

/** Adds or edits a glossary term in each language (French required); links as [mot](lexique:id). */
export function TermForm({ initial, onDone }: { initial: GlossaryTerm | null; onDone(): void }) {
  const { t } = useTranslation('tools-admin');
  const [draft, setDraft] = useState<GlossaryTerm>(
    initial ?? { id: '', term: { fr: '' }, definition: { fr: '' }, aliases: [], related: [] },
  );
  const [aliases, setAliases] = useState(draft.aliases.join(', '));
  const [error, setError] = useState<unknown>(null);

  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    setError(null);
    const keep = (texts: Record<string, string>) =>
      Object.fromEntries(Object.entries(texts).filter(([, value]) => value.trim() !== ''));
    try {
      await api().glossary.save({
        ...draft,
        term: keep(draft.term),
        definition: keep(draft.definition),
        aliases: aliases
          .split(',')
          .map((alias) => alias.trim())
          .filter((alias) => alias !== ''),
      });
      onDone();
    } catch (failure) {
      setError(failure);
    }
  }

  return (
    <form className="admin-form" onSubmit={(event) => void submit(event)}>
      <h2>{initial ? t('glossary.editTitle') : t('glossary.addTitle')}</h2>
      <div className="field">
        <label htmlFor="term-id">{t('glossary.id')}</label>
        <input
          id="term-id"
          value={draft.id}
          disabled={initial !== null}
          onChange={(event) => setDraft({ ...draft, id: event.target.value })}
        />
      </div>
      {LANGUAGES.map((language) => (
        <fieldset
          key={language}
          className="choice"
          lang={language}
          dir={language === 'ar' ? 'rtl' : 'ltr'}
        >
          <legend>{t(`glossary.language.${language}`)}</legend>
          <div className="field">
            <label htmlFor={`term-${language}`}>{t('glossary.word')}</label>
            <input
              id={`term-${language}`}
              value={draft.term[language] ?? ''}
              onChange={(event) =>
                setDraft({ ...draft, term: { ...draft.term, [language]: event.target.value } })
              }
            />
          </div>
          <div className="field">
            <label htmlFor={`definition-${language}`}>{t('glossary.definition')}</label>
            <textarea
              id={`definition-${language}`}
              rows={3}
              value={draft.definition[language] ?? ''}
              onChange={(event) =>
                setDraft({
                  ...draft,
                  definition: { ...draft.definition, [language]: event.target.value },
                })
              }
            />
          </div>
        </fieldset>
      ))}
      <div className="field">
        <label htmlFor="term-aliases">{t('glossary.aliases')}</label>
        <input
          id="term-aliases"
          value={aliases}
          onChange={(event) => setAliases(event.target.value)}
        />
      </div>
      <p className="hint">{t('glossary.linkHelp')}</p>
      <FormActions error={error} onCancel={onDone} />
    </form>
  );
}
