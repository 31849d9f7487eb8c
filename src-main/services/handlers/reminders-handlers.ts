import type { ApiHandlers } from '../../api/contract';
import type { Services } from '../create-services';

export function createRemindersHandlers(services: Services): ApiHandlers['reminders'] {
  const { penseBete, reminderRules, recordUsage, recordPrint } = services.tools;
  return {
    list: () => ({ rules: penseBete.list() }),
    next(ruleId, choice) {
      const next = penseBete.next(ruleId, choice);
      if (next.status !== 'unknown') recordUsage({ type: 'reminder.shown', ruleId });
      return next;
    },
    ticket: (ruleId, choice, language) => penseBete.ticket(ruleId, choice, language),
    async printTicket(ruleId, choice, language) {
      return recordPrint('ticket', await penseBete.printTicket(ruleId, choice, language));
    },
    localRules: () => ({ rules: reminderRules.local() }),
    saveLocalRule: (rule) => reminderRules.saveLocal(rule),
    deleteLocalRule: (ruleId) => ({ deleted: reminderRules.deleteLocal(ruleId) }),
  };
}
