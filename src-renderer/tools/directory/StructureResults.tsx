import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Structure } from '../../../src-main/api/contract/directory';
import { StructureCard } from './StructureCard';

interface StructureResultsProps {
  results: { total: number; structures: Structure[] } | 'failed' | null;
  /** What each card offers: print the slip (residents), edit or delete (referent). */
  actions(structure: Structure): ReactNode;
}

/** How many places match, then their cards. */
export function StructureResults({ results, actions }: StructureResultsProps) {
  const { t } = useTranslation('tools');
  if (results === null) return null;
  if (results === 'failed') return <p role="alert">{t('unavailable')}</p>;
  return (
    <>
      <p role="status" className="result-count">
        {t('directory.found', { count: results.total })}
      </p>
      <div className="structure-list">
        {results.structures.map((structure) => (
          <StructureCard key={structure.id} structure={structure} actions={actions(structure)} />
        ))}
      </div>
    </>
  );
}
