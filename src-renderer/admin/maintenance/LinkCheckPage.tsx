import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LinkResultDto } from '../../../src-main/api/contract/namespaces/maintenance';
import { api } from '../../app/api';

type Run =
  | { kind: 'idle' }
  | { kind: 'running' }
  | { kind: 'done'; results: LinkResultDto[] }
  | { kind: 'failed' };

const PROBLEMS_FIRST: Record<LinkResultDto['status'], number> = {
  dead: 0,
  'server-error': 1,
  'tls-error': 2,
  unreachable: 3,
  timeout: 4,
  'too-many-redirects': 5,
  moved: 6,
  'not-checked': 7,
  ok: 8,
};

/** Checks every démarche's address; problems first, with the new address of moved ones. */
export default function LinkCheckPage() {
  const { t } = useTranslation('admin');
  const [run, setRun] = useState<Run>({ kind: 'idle' });

  async function start() {
    setRun({ kind: 'running' });
    try {
      const { results } = await api().maintenance.checkLinks();
      setRun({
        kind: 'done',
        results: [...results].sort((a, b) => PROBLEMS_FIRST[a.status] - PROBLEMS_FIRST[b.status]),
      });
    } catch {
      setRun({ kind: 'failed' });
    }
  }

  return (
    <section>
      <h2>{t('linkCheck.title')}</h2>
      <p>{t('linkCheck.intro')}</p>
      <button
        type="button"
        className="button button-primary"
        disabled={run.kind === 'running'}
        onClick={() => void start()}
      >
        {t('linkCheck.start')}
      </button>
      <p role="status">
        {run.kind === 'running' ? t('linkCheck.running') : null}
        {run.kind === 'failed' ? t('unavailable') : null}
        {run.kind === 'done'
          ? t('linkCheck.summary', {
              count: run.results.length,
              problems: run.results.filter((result) => result.status !== 'ok').length,
            })
          : null}
      </p>
      {run.kind === 'done' ? (
        <table className="link-results">
          <thead>
            <tr>
              <th scope="col">{t('linkCheck.demarche')}</th>
              <th scope="col">{t('linkCheck.result')}</th>
            </tr>
          </thead>
          <tbody>
            {run.results.map((result) => (
              <tr key={result.id} className={`link-${result.status}`}>
                <th scope="row">
                  {result.id}
                  <br />
                  <code dir="ltr">{result.url}</code>
                </th>
                <td>
                  {t(`linkCheck.status.${result.status}`, { code: result.httpStatus })}
                  {result.location ? (
                    <>
                      {' '}
                      {t('linkCheck.newAddress')} <code dir="ltr">{result.location}</code>
                    </>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
