import type { Database, Statement } from 'better-sqlite3';

/** Small named values of the statistics service that must survive a restart. */
export class StatsState {
  private readonly read: Statement<[string], { value: string }>;
  private readonly write: Statement<[string, string]>;

  constructor(db: Database) {
    this.read = db.prepare('SELECT value FROM stats_state WHERE name = ?');
    this.write = db.prepare(
      `INSERT INTO stats_state (name, value) VALUES (?, ?)
       ON CONFLICT (name) DO UPDATE SET value = excluded.value`,
    );
  }

  get(name: string): string | null {
    return this.read.get(name)?.value ?? null;
  }

  set(name: string, value: string): void {
    this.write.run(name, value);
  }

  getNumber(name: string, fallback: number): number {
    const value = this.get(name);
    return value === null ? fallback : Number(value);
  }

  /** Returns the stored value, or stores and returns the one `create` makes. */
  getOrCreate(name: string, create: () => string): string {
    const existing = this.get(name);
    if (existing !== null) return existing;
    const value = create();
    this.set(name, value);
    return value;
  }
}
