import { screenshot } from '../support/screenshots';
import { expect, startPreviewWithConfig, test, usageEvents } from '../support/portal-fixtures';

test('optional questions: off by default; when on, asked once, skippable, counted only', async ({
  page,
  portal,
}, testInfo) => {
  // Off by default: the first action goes straight on.
  await page.goto(portal.loginUrl);
  await page.getByRole('link', { name: 'Santé' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Santé');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  const preview = await startPreviewWithConfig((config) => {
    (config.session as { optionalQuestions: { enabled: boolean } }).optionalQuestions.enabled =
      true;
  });
  try {
    await page.goto(preview.loginUrl);
    await page.getByRole('link', { name: 'Famille & CAF' }).click();
    const dialog = page.getByRole('dialog', { name: 'Deux petites questions' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('radio', { name: 'De 26 à 59 ans' }).check();
    await dialog.getByRole('radio', { name: 'Oui' }).check();
    await screenshot(page, testInfo, 'portal-optional-questions');
    await dialog.getByRole('button', { name: 'Continuer' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Famille & CAF');
    // Asked once per session: not again on the next screen.
    await page.getByRole('link', { name: /Imprimer mon attestation CAF/ }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect
      .poll(() => usageEvents(preview).filter((event) => event.type === 'question'))
      .toEqual([
        { type: 'question', data: { question: 'age-bracket', answer: '26-59' } },
        { type: 'question', data: { question: 'first-visit', answer: 'oui' } },
      ]);

    // Next resident: skipped with Escape, nothing recorded.
    await page.getByRole('button', { name: "J'ai fini" }).click();
    await page.getByRole('link', { name: "Retour à l'accueil" }).click();
    await page.getByRole('link', { name: 'Emploi' }).click();
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Emploi');
    expect(usageEvents(preview).filter((event) => event.type === 'question')).toHaveLength(2);
  } finally {
    await preview.stop();
  }
});

test('"Les plus demandées ici" shows what several sessions opened, never one resident\'s', async ({
  page,
  portal,
}, testInfo) => {
  await page.goto(portal.loginUrl);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Five sessions open the CAF attestation, one opens a titre de séjour ten times.
  await page.evaluate(async () => {
    const { borne } = window;
    for (let index = 0; index < 5; index += 1) {
      await borne.session.start();
      await borne.usage.record({
        type: 'demarche.open',
        demarcheId: 'caf-attestation-paiement',
        via: 'theme',
      });
      await borne.session.end();
    }
    await borne.session.start();
    for (let index = 0; index < 10; index += 1) {
      await borne.usage.record({
        type: 'demarche.open',
        demarcheId: 'titre-sejour',
        via: 'search',
      });
    }
    await borne.session.end();
  });
  await page.getByRole('link', { name: "Retour à l'accueil" }).click();
  const mostUsed = page.getByRole('region', { name: 'Les plus demandées ici' });
  await expect(mostUsed.getByRole('link')).toHaveText(['Imprimer mon attestation CAF']);
  await screenshot(page, testInfo, 'portal-most-used');
  await mostUsed.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Imprimer mon attestation CAF');
  await expect
    .poll(() => usageEvents(portal).at(-1))
    .toEqual({
      type: 'demarche.open',
      data: { demarcheId: 'caf-attestation-paiement', via: 'top' },
    });
});

test('reading aloud uses the platform voice of the sheet language, where there is one', async ({
  page,
  portal,
}) => {
  // Chromium here has no voices (no speech-dispatcher): the button must not show.
  await page.goto(portal.loginUrl);
  await page.getByRole('link', { name: "Les fiches d'aide" }).click();
  await page.getByRole('link', { name: 'Imprimer mon attestation CAF' }).click();
  await expect(page.getByText('Étape 1', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Écouter la fiche' })).toHaveCount(0);

  // With a French voice (what Windows and speech-dispatcher give), it reads the step asked.
  // The platform's synthesis is replaced by a recording double: only the voice is fake.
  await page.addInitScript(() => {
    const spoken: { text: string; lang: string }[] = [];
    const voice = { lang: 'fr-FR', name: 'Test', localService: true, default: true, voiceURI: 't' };
    class Utterance extends EventTarget {
      lang = '';
      rate = 1;
      voice: unknown = null;
      constructor(readonly text: string) {
        super();
      }
    }
    const synthesis = Object.assign(new EventTarget(), {
      getVoices: () => [voice],
      cancel: () => undefined,
      speak: (utterance: Utterance) => {
        spoken.push({ text: utterance.text, lang: utterance.lang });
        setTimeout(() => utterance.dispatchEvent(new Event('end')), 10);
      },
    });
    // window.speechSynthesis is a getter: redefine it rather than assign it.
    Object.defineProperty(window, 'speechSynthesis', { value: synthesis, configurable: true });
    Object.assign(window, { spoken, SpeechSynthesisUtterance: Utterance });
  });
  await page.reload();
  await page.getByRole('button', { name: "Écouter l'étape 3" }).click();
  await page.getByRole('button', { name: 'Écouter la fiche' }).click();
  const spoken = await page.evaluate(
    () => (window as unknown as { spoken: { text: string; lang: string }[] }).spoken,
  );
  expect(spoken[0]).toEqual({
    text: 'Tapez votre numéro allocataire, puis votre mot de passe.',
    lang: 'fr-FR',
  });
  expect(spoken[1]?.text).toBe('Imprimer mon attestation CAF');
  expect(spoken.length).toBeGreaterThan(10);
});
