import type { GlossaryPack, GlossaryTerm } from '../../api/contract/glossary';

export interface PackPreview {
  name: string;
  added: { id: string; term: string }[];
  /** Terms whose text changes, with the fields that change. */
  changed: { id: string; term: string; fields: string[] }[];
  unchanged: number;
}

/** What a pack would add or change against the glossary in force (nothing is removed). */
export function comparePack(pack: GlossaryPack, current: readonly GlossaryTerm[]): PackPreview {
  const byId = new Map(current.map((term) => [term.id, term]));
  const preview: PackPreview = { name: pack.name, added: [], changed: [], unchanged: 0 };
  for (const term of pack.terms) {
    const before = byId.get(term.id);
    const label = term.term.fr ?? term.id;
    if (!before) {
      preview.added.push({ id: term.id, term: label });
      continue;
    }
    const fields = changedFields(before, term);
    if (fields.length === 0) preview.unchanged += 1;
    else preview.changed.push({ id: term.id, term: label, fields });
  }
  return preview;
}

/** "definition.en", "aliases"… the parts of a term that differ. */
function changedFields(before: GlossaryTerm, after: GlossaryTerm): string[] {
  const fields: string[] = [];
  for (const key of ['term', 'definition'] as const) {
    const languages = new Set([...Object.keys(before[key]), ...Object.keys(after[key])]);
    for (const language of [...languages].sort()) {
      if (before[key][language] !== after[key][language]) fields.push(`${key}.${language}`);
    }
  }
  if (JSON.stringify(before.aliases) !== JSON.stringify(after.aliases)) fields.push('aliases');
  if (JSON.stringify(before.related) !== JSON.stringify(after.related)) fields.push('related');
  return fields;
}
