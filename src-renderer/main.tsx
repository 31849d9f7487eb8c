import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './styles/base.css';
import './styles/icons.css';
import './styles/portal.css';
import './styles/sheets.css';
import { api } from './app/api';
import { App } from './app/App';
import { AppInfoProvider } from './app/app-info';
import { BootFailure } from './app/BootFailure';
import { AVAILABLE_LANGUAGES, changeLanguage, initI18n, SOURCE_LANGUAGE } from './app/i18n';

async function boot(): Promise<ReactNode> {
  // French ships in the bundle, so this cannot fail; the API call can.
  await initI18n();
  try {
    const info = await api().app.getInfo();
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
