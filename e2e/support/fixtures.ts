import { test as base } from '@playwright/test';
import { startPreview, type RunningPreview } from './preview-host';

/** `borne`: a fresh preview host (own data folder, demo centre) for each test. */
export const test = base.extend<{ borne: RunningPreview }>({
  borne: async ({}, use) => {
    const preview = await startPreview();
    await use(preview);
    await preview.stop();
  },
});

export { expect } from '@playwright/test';
