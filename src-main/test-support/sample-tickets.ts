import type { ReminderTicket } from '../api/contract/print-ticket';
import type { CentreHelp } from '../services/printing/tickets/ticket-layout';

/** A reminder ticket as the deadline calendar will fill it. */
export const REMINDER: ReminderTicket = {
  kind: 'reminder',
  demarche: {
    id: 'caf-prime-activite',
    title: "Déclaration trimestrielle de ressources (prime d'activité)",
  },
  nextDeadline: { date: '2026-07-15', label: 'Déclarer les ressources d’avril, mai et juin' },
  toBring: ['Bulletins de salaire des 3 derniers mois', 'Numéro allocataire CAF'],
  officialUrl: 'https://www.caf.fr/allocataires/mes-services-en-ligne/faire-une-demarche',
};

export const HELP: CentreHelp = {
  name: 'Centre social Les Marronniers',
  phone: '03 20 12 34 56',
  hours: ['lun.-ven. : 9h-12h, 13h30-18h', 'sam. : 9h-12h'],
};
