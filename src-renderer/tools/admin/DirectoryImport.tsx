import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportSummaryDto } from '../../../src-main/api/contract/namespaces/directory';
import { api } from '../../app/api';
import { downloadText, FailureMessage, fileAsBase64 } from './admin-helpers';

/** Import a territory's CSV (preview first: what is added, changed, refused) and export ours. */
export function DirectoryImport({ onImported }: { onImported(): void }) {
  const { t } = useTranslation('tools-admin');
  const fileId = useId();
  const [file, setFile] = useState<string | null>(null);
  const [mode, setMode] = useState<'merge' | 'replace'>('merge');
  const [summary, setSummary] = useState<{ data: ImportSummaryDto; applied: boolean } | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function choose(chosen: File | undefined) {
    setSummary(null);
    setError(null);
    if (!chosen) return;
    const content = await fileAsBase64(chosen);
    setFile(content);
    try {
      setSummary({ data: await api().directory.previewImport(content, mode), applied: false });
    } catch (failure) {
      setError(failure);
    }
  }

  async function apply() {
    if (!file) return;
    try {
      setSummary({ data: await api().directory.applyImport(file, mode), applied: true });
      onImported();
    } catch (failure) {
      setError(failure);
    }
  }

  async function exportCsv() {
    const { fileName, text } = await api().directory.exportCsv();
    downloadText(fileName, text, 'text/csv;charset=utf-8');
  }

  return (
    <section className="admin-form" aria-labelledby="import-title">
      <h2 id="import-title">{t('directory.importTitle')}</h2>
      <p className="hint">{t('directory.importHelp')}</p>
      <fieldset className="choice">
        <legend>{t('directory.mode')}</legend>
        {(['merge', 'replace'] as const).map((value) => (
          <label key={value} className="checkbox">
            <input
              type="radio"
              name="import-mode"
              checked={mode === value}
              onChange={() => setMode(value)}
            />
            {t(`directory.modes.${value}`)}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={fileId}>{t('directory.chooseFile')}</label>
        <input
          id={fileId}
          type="file"
          accept=".csv,text/csv"
          onChange={(event) => void choose(event.target.files?.[0])}
        />
      </div>
      {summary ? <ImportReport summary={summary.data} applied={summary.applied} /> : null}
      <div className="tool-actions">
        {summary && !summary.applied && !summary.data.fatal && summary.data.accepted > 0 ? (
          <button type="button" className="button button-primary" onClick={() => void apply()}>
            {t('directory.apply', { count: summary.data.accepted })}
          </button>
        ) : null}
        <button type="button" className="button button-secondary" onClick={() => void exportCsv()}>
          {t('directory.export')}
        </button>
      </div>
      <FailureMessage error={error} />
    </section>
  );
}

function ImportReport({ summary, applied }: { summary: ImportSummaryDto; applied: boolean }) {
  const { t } = useTranslation('tools-admin');
  if (summary.fatal) {
    return (
      <div role="alert" className="form-message">
        <p>{t(`directory.fatal.${summary.fatal}`)}</p>
        {summary.missingColumns.length > 0 ? (
          <p>{t('directory.missingColumns', { columns: summary.missingColumns.join(', ') })}</p>
        ) : null}
        {summary.unknownColumns.length > 0 ? (
          <p>{t('directory.unknownColumns', { columns: summary.unknownColumns.join(', ') })}</p>
        ) : null}
      </div>
    );
  }
  return (
    <div role="status" className="import-report">
      <p>{t(applied ? 'directory.applied' : 'directory.previewed', { ...summary })}</p>
      <p>
        {t('directory.fileRead', {
          encoding: summary.encoding,
          delimiter: summary.delimiter === '\t' ? 'tab' : summary.delimiter,
          rows: summary.dataRows,
        })}
      </p>
      {summary.unknownColumns.length > 0 ? (
        <p>{t('directory.unknownColumns', { columns: summary.unknownColumns.join(', ') })}</p>
      ) : null}
      {summary.duplicateLines.length > 0 ? (
        <p>
          {t('directory.duplicates', {
            count: summary.duplicateLines.length,
            lines: summary.duplicateLines.slice(0, 20).join(', '),
          })}
        </p>
      ) : null}
      {summary.rejectedCount > 0 ? (
        <>
          <p>{t('directory.rejected', { count: summary.rejectedCount })}</p>
          <ul>
            {summary.rejected.map((row) => (
              <li key={row.line}>
                {t('directory.rejectedLine', {
                  line: row.line,
                  columns: row.problems
                    .map(
                      (problem) => `${problem.column} (${t(`directory.problem.${problem.code}`)})`,
                    )
                    .join(', '),
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
