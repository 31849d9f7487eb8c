import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Structure } from '../../../src-main/api/contract/directory';
import { api } from '../../app/api';
import { DirectoryFilters } from '../directory/DirectoryFilters';
import { StructureResults } from '../directory/StructureResults';
import {
  useDirectorySearch,
  type DirectoryFilters as Filters,
} from '../directory/use-directory-search';
import { DirectoryImport } from './DirectoryImport';
import { StructureForm } from './StructureForm';

/** The directory for the referent: find, add, edit, remove, import and export. */
export function DirectoryAdmin() {
  const { t } = useTranslation('tools-admin');
  const [filters, setFilters] = useState<Filters>({ text: '', need: null, city: null });
  const [round, setRound] = useState(0);
  const results = useDirectorySearch(filters, round, 50);
  const [editing, setEditing] = useState<Structure | 'new' | null>(null);
  const refresh = () => setRound(round + 1);

  if (editing !== null) {
    return (
      <main className="tools-admin">
        <StructureForm
          initial={editing === 'new' ? null : editing}
          onDone={() => {
            setEditing(null);
            refresh();
          }}
        />
      </main>
    );
  }

  return (
    <main className="tools-admin">
      <div className="tool-actions">
        <button type="button" className="button button-primary" onClick={() => setEditing('new')}>
          {t('directory.add')}
        </button>
      </div>
      <DirectoryFilters filters={filters} version={round} onChange={setFilters} />
      <StructureResults
        results={results}
        actions={(structure) => (
          <>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => setEditing(structure)}
            >
              {t('edit')}
            </button>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => void api().directory.delete(structure.id).then(refresh)}
            >
              {t('delete')}
            </button>
          </>
        )}
      />
      <DirectoryImport onImported={refresh} />
    </main>
  );
}
