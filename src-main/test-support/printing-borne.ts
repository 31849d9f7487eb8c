import type { ApiEventMap } from '../api/contract/events';
import type { CentreConfig } from '../api/contract/config';
import type { PrintSystem } from '../services/printing/print-system';
import { createCupsPrintSystem } from '../services/printing/cups/cups-print-system';
import { createTestBorne, type TestBorne } from './test-services';
import type { PrivateCups } from './private-cups';

/** A test borne printing to a private CUPS, with the printing settings given. */
export function createPrintingBorne(
  cups: PrivateCups,
  printing: Partial<CentreConfig['printing']> = {},
  dataDir?: string,
): TestBorne & { system: PrintSystem } {
  const system = createCupsPrintSystem({ env: cups.env });
  const borne = createTestBorne(dataDir, { printSystem: system });
  const current = borne.services.config.current;
  borne.services.config.save({
    ...current,
    printing: { ...current.printing, pagePrinter: cups.queue, ...printing },
  });
  return { ...borne, system };
}

/** Collects one kind of event from the borne's bus. */
export function collectEvents<Name extends keyof ApiEventMap>(
  borne: TestBorne,
  name: Name,
): ApiEventMap[Name][] {
  const seen: ApiEventMap[Name][] = [];
  borne.services.bus.on(name, (payload) => seen.push(payload));
  return seen;
}

export async function eventually<T>(
  read: () => T,
  done: (value: T) => boolean,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
