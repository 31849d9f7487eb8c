import type { Structure } from '../../api/contract/directory';
import type { OrientationSlipContent } from '../../api/contract/print-content';
import { fill, longDate, resolveWording } from '../tools-print/print-wording';

/**
 * The orientation slip for one structure: pure, so the preview and the paper match.
 * The structure's own texts stay in French (the territory's list); labels follow the
 * resident's language.
 */
export function buildOrientationSlip(
  structure: Structure,
  language: string,
  todayIso: string,
): OrientationSlipContent {
  const { language: lang, wording } = resolveWording(language);
  const lines = [
    `${wording.address} : ${structure.street}, ${structure.postcode} ${structure.city}`,
  ];
  if (structure.hours) lines.push(`${wording.hours} : ${structure.hours}`);
  if (structure.phone) lines.push(`${wording.phone} : ${structure.phone}`);
  if (structure.appointment) {
    lines.push(
      {
        'sur-rdv': wording.appointment,
        'sans-rdv': wording.withoutAppointment,
        'les-deux': `${wording.withoutAppointment} / ${wording.appointment}`,
      }[structure.appointment],
    );
  }
  if (structure.accessibility.length > 0) {
    const tags = structure.accessibility.map((tag) => wording.accessibilityTags[tag] ?? tag);
    lines.push(`${wording.accessibility} : ${tags.join(', ')}`);
  }
  if (structure.languages.length > 0)
    lines.push(`${wording.languages} : ${structure.languages.join(', ')}`);
  if (structure.website) lines.push(`${wording.website} : ${structure.website}`);
  return {
    kind: 'orientation-slip',
    language: lang,
    direction: wording.direction,
    heading: wording.slipHeading,
    structure: { name: structure.name, description: structure.description, lines },
    qr: structure.website ? { url: structure.website, caption: wording.qrSiteCaption } : null,
    footer: fill(wording.footer, { date: longDate(todayIso, wording) }),
  };
}
