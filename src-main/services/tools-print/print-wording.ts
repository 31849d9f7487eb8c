/**
 * The fixed words of printed tickets and slips, in each language the borne ships. The
 * main side has no i18next, and a ticket must print the same whatever screen is open, so
 * these few sentences live here; the PrintWording type makes every language give every
 * key. Placeholders: {date}, {opens}, {closes}, {days}, {zone}.
 */
export interface PrintWording {
  direction: 'ltr' | 'rtl';
  dateLocale: string;
  ticketHeading: string;
  slipHeading: string;
  windowOpenUntil: string;
  windowFromTo: string;
  onDate: string;
  aroundDate: string;
  passedOn: string;
  notAnnounced: string;
  estimated: string;
  advisedBy: string;
  paperBy: string;
  taxZone: string;
  reminderDaysBefore: string;
  shifted: string;
  bringHeading: string;
  nothingToBring: string;
  helpHeading: string;
  phone: string;
  address: string;
  hours: string;
  accessibility: string;
  languages: string;
  appointment: string;
  withoutAppointment: string;
  website: string;
  qrCaption: string;
  qrSiteCaption: string;
  footer: string;
  accessibilityTags: Record<string, string>;
}

const fr: PrintWording = {
  direction: 'ltr',
  dateLocale: 'fr-FR',
  ticketHeading: 'Mon pense-bête',
  slipHeading: "Où trouver de l'aide",
  windowOpenUntil: "C'est ouvert jusqu'au {closes}.",
  windowFromTo: 'Du {opens} au {closes}.',
  onDate: 'Le {date}.',
  aroundDate: 'Vers le {date}.',
  passedOn: 'Cette date est passée : {date}.',
  notAnnounced: "La prochaine date n'est pas encore connue.",
  estimated: 'Date prévue, à vérifier sur le site officiel.',
  advisedBy: 'Conseil : faites-le avant le {date}.',
  paperBy: 'Sur papier : avant le {date}.',
  taxZone: 'Date pour la zone {zone} (Nord : zone 3).',
  reminderDaysBefore: 'Pensez-y le {date} ({days} jours avant).',
  shifted: 'Jour férié ou week-end : date déplacée.',
  bringHeading: 'À préparer',
  nothingToBring: 'Rien de spécial.',
  helpHeading: "Pour de l'aide",
  phone: 'Téléphone',
  address: 'Adresse',
  hours: 'Horaires',
  accessibility: 'Accès',
  languages: 'Langues parlées',
  appointment: 'Sur rendez-vous',
  withoutAppointment: 'Sans rendez-vous',
  website: 'Site',
  qrCaption: 'Le site officiel : scannez avec votre téléphone.',
  qrSiteCaption: 'Leur site : scannez avec votre téléphone.',
  footer: 'Imprimé le {date}. La borne ne garde rien de vous.',
  accessibilityTags: {
    fauteuil: 'accessible en fauteuil',
    'boucle-magnetique': 'boucle magnétique',
    lsf: 'langue des signes',
    falc: 'documents faciles à lire',
  },
};

const en: PrintWording = {
  direction: 'ltr',
  dateLocale: 'en-GB',
  ticketHeading: 'My reminder',
  slipHeading: 'Where to get help',
  windowOpenUntil: 'Open now, until {closes}.',
  windowFromTo: 'From {opens} to {closes}.',
  onDate: 'On {date}.',
  aroundDate: 'Around {date}.',
  passedOn: 'This date has passed: {date}.',
  notAnnounced: 'The next date is not known yet.',
  estimated: 'Expected date: check it on the official website.',
  advisedBy: 'Tip: do it before {date}.',
  paperBy: 'On paper: before {date}.',
  taxZone: 'Date for zone {zone} (Nord: zone 3).',
  reminderDaysBefore: 'Think of it on {date} ({days} days before).',
  shifted: 'Public holiday or weekend: the date was moved.',
  bringHeading: 'Have ready',
  nothingToBring: 'Nothing special.',
  helpHeading: 'For help',
  phone: 'Phone',
  address: 'Address',
  hours: 'Opening hours',
  accessibility: 'Access',
  languages: 'Languages spoken',
  appointment: 'By appointment',
  withoutAppointment: 'No appointment needed',
  website: 'Website',
  qrCaption: 'The official website: scan it with your phone.',
  qrSiteCaption: 'Their website: scan it with your phone.',
  footer: 'Printed on {date}. The kiosk keeps nothing about you.',
  accessibilityTags: {
    fauteuil: 'wheelchair access',
    'boucle-magnetique': 'hearing loop',
    lsf: 'sign language',
    falc: 'easy-to-read documents',
  },
};

const ar: PrintWording = {
  direction: 'rtl',
  dateLocale: 'ar-u-nu-latn',
  ticketHeading: 'مذكّرتي',
  slipHeading: 'أين تجد المساعدة',
  windowOpenUntil: 'مفتوح الآن حتى {closes}.',
  windowFromTo: 'من {opens} إلى {closes}.',
  onDate: 'يوم {date}.',
  aroundDate: 'حوالي {date}.',
  passedOn: 'هذا التاريخ قد مضى: {date}.',
  notAnnounced: 'التاريخ القادم غير معروف بعد.',
  estimated: 'تاريخ متوقّع: تحقّق منه على الموقع الرسمي.',
  advisedBy: 'نصيحة: افعل ذلك قبل {date}.',
  paperBy: 'على الورق: قبل {date}.',
  taxZone: 'التاريخ للمنطقة {zone} (الشمال: المنطقة 3).',
  reminderDaysBefore: 'تذكّر ذلك يوم {date} (قبل {days} يومًا).',
  shifted: 'يوم عطلة أو نهاية أسبوع: تم تغيير التاريخ.',
  bringHeading: 'ما يجب تحضيره',
  nothingToBring: 'لا شيء خاص.',
  helpHeading: 'للمساعدة',
  phone: 'الهاتف',
  address: 'العنوان',
  hours: 'أوقات العمل',
  accessibility: 'الوصول',
  languages: 'اللغات',
  appointment: 'بموعد',
  withoutAppointment: 'بدون موعد',
  website: 'الموقع',
  qrCaption: 'الموقع الرسمي: امسحه بهاتفك.',
  qrSiteCaption: 'موقعهم: امسحه بهاتفك.',
  footer: 'طُبع يوم {date}. لا تحتفظ الآلة بأي شيء عنك.',
  accessibilityTags: {
    fauteuil: 'مدخل للكراسي المتحركة',
    'boucle-magnetique': 'حلقة سمعية',
    lsf: 'لغة الإشارة',
    falc: 'وثائق سهلة القراءة',
  },
};

export const PRINT_WORDING: Readonly<Record<string, PrintWording>> = { fr, en, ar };

export function printWording(language: string): PrintWording {
  return PRINT_WORDING[language] ?? fr;
}

/** The language a ticket is printed in (French when the borne has no wording for it). */
export function resolveWording(language: string): { language: string; wording: PrintWording } {
  const known = Object.hasOwn(PRINT_WORDING, language) ? language : 'fr';
  return { language: known, wording: printWording(known) };
}

/** "Du {opens} au {closes}." with the values in. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}

/** "samedi 28 mars 2026" in the wording's language (UTC: a civil date has no zone). */
export function longDate(iso: string, wording: PrintWording): string {
  return new Intl.DateTimeFormat(wording.dateLocale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00:00Z`));
}
