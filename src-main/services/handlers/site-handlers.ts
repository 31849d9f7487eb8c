import type { ApiHandlers } from '../../api/contract';
import type { Services } from '../create-services';

/** The site view as the UI drives it; every argument was validated by the contract. */
export function createSiteHandlers(services: Services): ApiHandlers['site'] {
  const { site, idle } = services.kiosk;
  return {
    open: ({ demarcheId, language }) => site.open(demarcheId, language),
    back: () => site.back(),
    home: () => site.home(),
    retry: () => site.retry(),
    getState: () => site.getState(),
    setLayout: ({ area }) => site.setLayout(area),
    insertText: (text) => site.insertText(text),
    pressKey: (key) => site.pressKey(key),
    acknowledgeRefusal: () => site.acknowledgeRefusal(),
    chooseFiles: (names) => site.chooseFiles(names),
    reportActivity: () => ({ countdownCancelled: idle.input() }),
  };
}
