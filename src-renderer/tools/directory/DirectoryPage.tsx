import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrientationSlipContent } from '../../../src-main/api/contract/print-content';
import { api } from '../../app/api';
import { PrintStep } from '../print/PrintStep';
import { ToolPage } from '../ToolPage';
import { DirectoryFilters } from './DirectoryFilters';
import { StructureResults } from './StructureResults';
import { useDirectorySearch, type DirectoryFilters as Filters } from './use-directory-search';

/** "Où trouver de l'aide ?": the local help structures, searchable, with a slip to print. */
export default function DirectoryPage() {
  const { t, i18n } = useTranslation('tools');
  const [filters, setFilters] = useState<Filters>({ text: '', need: null, city: null });
  const results = useDirectorySearch(filters);
  const [slip, setSlip] = useState<{ id: string; content: OrientationSlipContent } | null>(null);

  async function prepareSlip(id: string) {
    await api()
      .usage.record({ type: 'directory.open', structureId: id })
      .catch(() => undefined);
    setSlip({ id, content: await api().directory.slip(id, i18n.language) });
  }

  return (
    <ToolPage tool="annuaire" title={t('directory.title')} intro={t('directory.intro')}>
      {slip ? (
        <PrintStep
          content={slip.content}
          print={() => api().directory.printSlip(slip.id, i18n.language)}
          onBack={() => setSlip(null)}
        />
      ) : (
        <>
          <DirectoryFilters filters={filters} onChange={setFilters} />
          <StructureResults
            results={results}
            actions={(structure) => (
              <button
                type="button"
                className="button button-primary"
                onClick={() => void prepareSlip(structure.id)}
              >
                {t('directory.printSlip')}
              </button>
            )}
          />
        </>
      )}
    </ToolPage>
  );
}
