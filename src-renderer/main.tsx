import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './styles/base.css';
import './styles/portal.css';
import './styles/sheets.css';
import { api } from './app/api';
import { App } from './app/App';
import { AppInfoProvider } from './app/app-info';
import { BootFailure } from './app/BootFailure';
import { AVAILABLE_LANGUAGES, changeLanguage, initI18n, SOURCE_LANGUAGE } from './app/i18n';
import { preloadPortalData } from './portal/data/portal-data';

async function boot(): Promise<ReactNode> {
  // Everything the first screen needs is asked for at once, not one call after another.
  const infoCall = api().app.getInfo();
  const portalData = preloadPortalData();
  // French ships in the bundle, so this cannot fail; the API calls can.
  await initI18n();
  try {
    const info = await infoCall;
    // The portal renders once, with its data (a failure shows on the home screen).
    await portalData.catch(() => undefined);
    const preferred = info.languages.default;
    if (preferred !== SOURCE_LANGUAGE && AVAILABLE_LANGUAGES.includes(preferred)) {
      await changeLanguage(preferred);
    }
    return (
      <AppInfoProvider info={info}>
        <App />
      </AppInfoProvider>
    );
  } catch {
    return <BootFailure />;
  }
}

const container = document.getElementById('root');
if (container) {
  void boot().then((tree) => createRoot(container).render(<StrictMode>{tree}</StrictMode>));
}
