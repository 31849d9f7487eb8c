import { randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { inspectPdf, type PdfRefusal } from '../pdf/pdf-inspection';

/** Where a document to print came from. */
export type DocumentSource = 'download' | 'page' | 'ticket' | 'test';

export interface SessionDocument {
  id: string;
  source: DocumentSource;
  pages: number;
  sizeBytes: number;
  file: string;
  receivedAtMs: number;
}

export type Admission =
  { ok: true; document: SessionDocument } | { ok: false; refusal: PdfRefusal; detail: string };

/**
 * The resident's PDFs waiting for "Imprimer", in the per-session temp folder only, under
 * random names (a site's file name may carry a person's name). A file arrives as
 * "<id>.part", is checked, and becomes "<id>.pdf" or is deleted. The whole folder is
 * emptied when the session ends and at start-up (leftovers of a crash).
 */
export class SessionDocuments {
  private readonly documents = new Map<string, SessionDocument>();

  constructor(
    readonly dir: string,
    private readonly maxBytes: () => number,
    private readonly now: () => number = Date.now,
  ) {}

  /** A fresh path in the temp folder for a download to be saved to. */
  allocate(): { id: string; partFile: string } {
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    const id = randomUUID();
    return { id, partFile: join(this.dir, `${id}.part`) };
  }

  /** Checks a saved file; keeps it as a document or deletes it. */
  async admit(id: string, partFile: string, source: DocumentSource): Promise<Admission> {
    const inspection = await inspectPdf(partFile, this.maxBytes()).catch((error: unknown) => ({
      ok: false as const,
      refusal: 'broken' as const,
      detail: String(error),
    }));
    if (!inspection.ok) {
      await rm(partFile, { force: true });
      return inspection;
    }
    const file = join(this.dir, `${id}.pdf`);
    await rename(partFile, file);
    const document: SessionDocument = {
      id,
      source,
      pages: inspection.pages,
      sizeBytes: (await stat(file)).size,
      file,
      receivedAtMs: this.now(),
    };
    this.documents.set(id, document);
    return { ok: true, document };
  }

  /** Bytes made by the borne itself (page capture, ticket page) or given by a test route. */
  async admitBytes(bytes: Uint8Array, source: DocumentSource): Promise<Admission> {
    const { id, partFile } = this.allocate();
    await writeFile(partFile, bytes, { mode: 0o600 });
    return this.admit(id, partFile, source);
  }

  get(id: string): SessionDocument | undefined {
    return this.documents.get(id);
  }

  list(): SessionDocument[] {
    return [...this.documents.values()];
  }

  async remove(id: string): Promise<boolean> {
    const document = this.documents.get(id);
    if (!document) return false;
    this.documents.delete(id);
    await rm(document.file, { force: true });
    return true;
  }

  /** Deletes every file of the temp folder, known or not (a crash leaves unknown ones). */
  wipe(): number {
    this.documents.clear();
    let removed = 0;
    let names: string[];
    try {
      names = readdirSync(this.dir);
    } catch {
      return 0;
    }
    for (const name of names) {
      rmSync(join(this.dir, name), { recursive: true, force: true });
      removed += 1;
    }
    return removed;
  }
}
