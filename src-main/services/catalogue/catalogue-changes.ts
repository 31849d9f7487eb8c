import { isDeepStrictEqual } from 'node:util';
import type { Catalogue, Demarche, LocalizedText } from '../../api/contract/catalogue';

export interface ChangedEntry {
  id: string;
  title: LocalizedText;
}

export interface CatalogueChanges {
  fromVersion: string;
  toVersion: string;
  demarches: {
    added: ChangedEntry[];
    removed: ChangedEntry[];
    /** With the fields that differ ("startUrl", "domains", "title"…). */
    changed: (ChangedEntry & { fields: string[] })[];
  };
  themes: { added: ChangedEntry[]; removed: ChangedEntry[] };
}

/** What a referent needs to know when the catalogue in force changes: what came, went, moved. */
export function diffCatalogues(before: Catalogue, after: Catalogue): CatalogueChanges {
  const old = new Map(before.demarches.map((demarche) => [demarche.id, demarche]));
  const next = new Map(after.demarches.map((demarche) => [demarche.id, demarche]));
  const entry = (demarche: Demarche): ChangedEntry => ({ id: demarche.id, title: demarche.title });
  const changed: CatalogueChanges['demarches']['changed'] = [];
  for (const [id, demarche] of next) {
    const previous = old.get(id);
    if (!previous) continue;
    const fields = changedFields(previous, demarche);
    if (fields.length > 0) changed.push({ ...entry(demarche), fields });
  }
  const oldThemes = new Set(before.themes.map((theme) => theme.id));
  const newThemes = new Set(after.themes.map((theme) => theme.id));
  return {
    fromVersion: before.version,
    toVersion: after.version,
    demarches: {
      added: after.demarches.filter((demarche) => !old.has(demarche.id)).map(entry),
      removed: before.demarches.filter((demarche) => !next.has(demarche.id)).map(entry),
      changed,
    },
    themes: {
      added: after.themes.filter((theme) => !oldThemes.has(theme.id)).map(pickTheme),
      removed: before.themes.filter((theme) => !newThemes.has(theme.id)).map(pickTheme),
    },
  };
}

export function hasChanges(changes: CatalogueChanges): boolean {
  const { demarches, themes } = changes;
  return (
    demarches.added.length + demarches.removed.length + demarches.changed.length > 0 ||
    themes.added.length + themes.removed.length > 0
  );
}

function changedFields(before: Demarche, after: Demarche): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]) as Set<keyof Demarche>;
  return [...keys].filter((key) => !isDeepStrictEqual(before[key], after[key])).sort();
}

function pickTheme(theme: Catalogue['themes'][number]): ChangedEntry {
  return { id: theme.id, title: theme.title };
}
