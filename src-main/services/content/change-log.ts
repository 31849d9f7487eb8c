import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CatalogueChanges } from '../catalogue/catalogue-changes';
import { writeFileAtomic } from '../fs/atomic-write';
import type { ValidatedPart } from './bundle-verify';
import type { ContentChange } from './content-store';

export interface PartChange {
  name: string;
  from: string | null;
  to: string | null;
}

export interface ContentChangeReport {
  at: string;
  fromVersion: string | null;
  toVersion: string;
  /** Null when the catalogue in force did not change (e.g. a newer shipped one serves). */
  catalogue: CatalogueChanges | null;
  parts: PartChange[];
}

/** Part versions that differ between two bundles (added, removed, or a new version). */
export function partChanges(change: ContentChange): PartChange[] {
  const before: ReadonlyMap<string, ValidatedPart> = change.previous?.parts ?? new Map();
  const after = change.current.parts;
  const names = [...new Set([...before.keys(), ...after.keys()])].sort();
  return names
    .map((name) => ({
      name,
      from: before.get(name)?.version ?? null,
      to: after.get(name)?.version ?? null,
    }))
    .filter((part) => part.from !== part.to);
}

/** The last change of content, kept on disk so admin mode can show it after a restart. */
export class ChangeLog {
  private readonly file: string;
  private last: ContentChangeReport | null;

  constructor(private readonly dir: string) {
    this.file = join(dir, 'last-changes.json');
    this.last = readReport(this.file);
  }

  get latest(): ContentChangeReport | null {
    return this.last;
  }

  record(report: ContentChangeReport): void {
    this.last = report;
    mkdirSync(this.dir, { recursive: true });
    writeFileAtomic(this.file, JSON.stringify(report, null, 2));
  }
}

function readReport(file: string): ContentChangeReport | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as ContentChangeReport;
  } catch {
    return null;
  }
}
