import { randomUUID } from 'node:crypto';
import type { NoticeDto } from '../../api/contract/namespaces/admin';

export type Notice = NoticeDto;
export type NewNotice = Omit<Notice, 'id' | 'at'>;

/**
 * What the referent must be told in admin mode: a config that fell back to the last good
 * one, a database moved aside, a full disk. Residents never see these. A notice with the
 * same code replaces the previous one, so a recurring fault does not flood the list.
 */
export class NoticeBoard {
  private readonly notices = new Map<string, Notice>();
  private readonly listeners = new Set<(count: number) => void>();

  constructor(private readonly now: () => Date = () => new Date()) {}

  add(notice: NewNotice): Notice {
    const full: Notice = { ...notice, id: randomUUID(), at: this.now().toISOString() };
    this.notices.delete(notice.code);
    this.notices.set(notice.code, full);
    this.changed();
    return full;
  }

  /** Removes the notice of that code once its cause is gone (a config saved again…). */
  resolve(code: string): void {
    if (this.notices.delete(code)) this.changed();
  }

  list(): Notice[] {
    return [...this.notices.values()].reverse();
  }

  onChange(listener: (count: number) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    for (const listener of this.listeners) listener(this.notices.size);
  }
}
