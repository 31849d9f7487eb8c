import { expect, it } from 'vitest';
import type { BorneApi } from './contract';
import type { BorneApiFailure } from './contract/errors';

/**
 * The resident portal's part of the contract suite (api/contract-suite.ts runs it over
 * every transport): help sheets, the portal's settings, most used démarches, connectivity.
 */
export function runPortalContractCases(api: () => BorneApi): void {
  it('gives a help sheet as a document tree, falling back to French', async () => {
    const sheet = await api().sheets.get('caf-attestation-paiement', 'ar');
    expect(sheet).toMatchObject({ id: 'caf-attestation-paiement', language: 'ar' });
    expect(sheet.stepCount).toBeGreaterThan(2);
    expect(sheet.blocks.some((block) => block.kind === 'steps')).toBe(true);
    const falc = await api().sheets.get('caf-attestation-paiement', 'fr-x-falc');
    expect(['fr', 'fr-x-falc']).toContain(falc.language);
    const missing = await api()
      .sheets.get('pas-de-fiche', 'fr')
      .catch((error: unknown) => error as BorneApiFailure);
    expect(missing).toMatchObject({ code: 'not-found' });
  });

  it("gives the portal the centre's themes and whether to ask the optional questions", async () => {
    const settings = await api().portal.getSettings();
    expect(settings.themes[0]).toMatchObject({ id: 'famille-caf', visible: true });
    expect(settings.optionalQuestions.enabled).toBe(false);
    expect(await api().portal.mostUsed(6)).toEqual([]);
  });

  it('tells which official sites answer, without waiting for the probes', async () => {
    const status = await api().connectivity.status();
    expect(['unknown', 'online', 'partial', 'offline']).toContain(status.state);
    expect(Array.isArray(status.unreachableHosts)).toBe(true);
  });
}
