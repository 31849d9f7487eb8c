import type { ApiHandlers } from '../../api/contract';
import type { Services } from '../create-services';

export function createGlossaryHandlers(services: Services): ApiHandlers['glossary'] {
  const { glossary } = services.tools;
  return {
    search: (text, language, limit) => ({ terms: glossary.search(text, language, limit) }),
    get: (id) => glossary.get(id),
    save: (term) => glossary.save(term),
    remove: (id) => ({ removed: glossary.remove(id) }),
    exportPack: () => glossary.exportPack(),
    previewPack: (pack) => glossary.previewPack(pack),
    importPack: (pack) => glossary.importPack(pack),
  };
}
