import type {
  OrientationSlipContent,
  PrintOutcomeDto,
  ReminderTicketContent,
} from '../../api/contract/print-content';

/**
 * Where the pense-bête and the directory send what they print. The printing service
 * (ticket printer in ESC/POS, A5 page otherwise) implements it; until it is wired in,
 * the borne answers that printing is not available, and the resident is told to copy
 * the date or ask at the desk.
 */
export interface ToolsPrintPort {
  printReminderTicket(ticket: ReminderTicketContent): Promise<PrintOutcomeDto>;
  printOrientationSlip(slip: OrientationSlipContent): Promise<PrintOutcomeDto>;
}

export const unwiredToolsPrintPort: ToolsPrintPort = {
  printReminderTicket: () => Promise.resolve({ outcome: 'failed', reason: 'printing-not-wired' }),
  printOrientationSlip: () => Promise.resolve({ outcome: 'failed', reason: 'printing-not-wired' }),
};
