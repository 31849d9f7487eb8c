import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PackPreviewDto } from '../../../src-main/api/contract/namespaces/glossary';
import { api } from '../../app/api';
import { downloadText, FailureMessage } from './admin-helpers';

/** Share the glossary as a pack file: export ours, or preview another centre's then import it. */
export function GlossaryPackPanel({ onImported }: { onImported(): void }) {
  const { t } = useTranslation('tools-admin');
  const fileId = useId();
  const [pack, setPack] = useState<unknown>(null);
  const [preview, setPreview] = useState<{ data: PackPreviewDto; applied: boolean } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [notJson, setNotJson] = useState(false);

  async function choose(file: File | undefined) {
    setPreview(null);
    setError(null);
    setNotJson(false);
    if (!file) return;
    try {
      const parsed: unknown = JSON.parse(await file.text());
      setPack(parsed);
      setPreview({ data: await api().glossary.previewPack(parsed), applied: false });
    } catch (failure) {
      if (failure instanceof SyntaxError) setNotJson(true);
      else setError(failure);
    }
  }

  async function apply() {
    try {
      setPreview({ data: await api().glossary.importPack(pack), applied: true });
      onImported();
    } catch (failure) {
      setError(failure);
    }
  }

  async function exportPack() {
    const exported = await api().glossary.exportPack();
    downloadText(
      'lexique-borne.json',
      `${JSON.stringify(exported, null, 2)}\n`,
      'application/json',
    );
  }

  return (
    <section className="admin-form" aria-labelledby="pack-title">
      <h2 id="pack-title">{t('glossary.packTitle')}</h2>
      <div className="field">
        <label htmlFor={fileId}>{t('glossary.choosePack')}</label>
        <input
          id={fileId}
          type="file"
          accept=".json,application/json"
          onChange={(event) => void choose(event.target.files?.[0])}
        />
      </div>
      {preview ? (
        <div role="status" className="import-report">
          <p>
            {t(preview.applied ? 'glossary.packApplied' : 'glossary.packPreview', {
              name: preview.data.name,
              added: preview.data.added.length,
              changed: preview.data.changed.length,
              unchanged: preview.data.unchanged,
            })}
          </p>
          <ul>
            {preview.data.added.map((item) => (
              <li key={item.id}>{t('glossary.willAdd', { term: item.term })}</li>
            ))}
            {preview.data.changed.map((item) => (
              <li key={item.id}>
                {t('glossary.willChange', { term: item.term, fields: item.fields.join(', ') })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="tool-actions">
        {preview &&
        !preview.applied &&
        preview.data.added.length + preview.data.changed.length > 0 ? (
          <button type="button" className="button button-primary" onClick={() => void apply()}>
            {t('glossary.importPack')}
          </button>
        ) : null}
        <button type="button" className="button button-secondary" onClick={() => void exportPack()}>
          {t('glossary.exportPack')}
        </button>
      </div>
      {notJson ? (
        <p role="alert" className="form-message">
          {t('glossary.notJson')}
        </p>
      ) : null}
      <FailureMessage error={error} />
    </section>
  );
}
