import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Router, Switch, useLocation } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { KioskLayer } from '../kiosk/KioskLayer';
import { HomePage } from '../portal/HomePage';
import { PortalProviders } from '../portal/PortalProviders';
import { PrintDocumentListener } from '../print/PrintDocumentListener';
import { api } from './api';

// Admin mode and its tools are loaded only when a referent opens them.
const AdminApp = lazy(() => import('../admin/AdminApp'));
// The print preview (and PDF.js) only when something is to be printed.
const PrintApp = lazy(() => import('../print/PrintApp'));

// The home screen ships in the first file; the other resident screens follow in their own
// files, fetched once the home screen has settled (see prefetchResidentScreens).
const residentScreens = {
  theme: () => import('../portal/ThemePage'),
  demarche: () => import('../portal/DemarchePage'),
  site: () => import('../kiosk/SiteScreen'),
  library: () => import('../portal/SheetLibraryPage'),
  sheet: () => import('../portal/SheetPage'),
  end: () => import('../portal/EndPage'),
  tools: () => import('../tools/ToolsRoutes'),
};
const ThemePage = lazy(residentScreens.theme);
const DemarchePage = lazy(residentScreens.demarche);
const SiteScreen = lazy(residentScreens.site);
const SheetLibraryPage = lazy(residentScreens.library);
const SheetPage = lazy(residentScreens.sheet);
const EndPage = lazy(residentScreens.end);
const ToolsRoutes = lazy(residentScreens.tools);

/** Loads the resident screens in the background, so that no click waits for a file. */
export function prefetchResidentScreens(): void {
  for (const load of Object.values(residentScreens)) void load();
}

/** Routes of the resident portal and of admin mode (hash-based: works on app:// and http://). */
export function App() {
  return (
    <Router hook={useHashLocation}>
      <PortalProviders>
        <AdminShortcutListener />
        <PrintDocumentListener />
        <KioskLayer />
        <PrefetchWhenIdle />
        <Suspense fallback={<Loading />}>
          <Switch>
            <Route path="/" component={HomePage} />
            <Route path="/theme/:themeId" component={ThemePage} />
            <Route path="/demarche/:demarcheId" component={DemarchePage} />
            <Route path="/site/:demarcheId" component={SiteScreen} />
            <Route path="/fiches" component={SheetLibraryPage} />
            <Route path="/fiche/:demarcheId" component={SheetPage} />
            <Route path="/fin" component={EndPage} />
            <Route path="/outils" nest>
              <ToolsRoutes />
            </Route>
            <Route path="/print" nest>
              <PrintApp />
            </Route>
            <Route path="/admin" nest>
              <AdminApp />
            </Route>
            <Route component={HomePage} />
          </Switch>
        </Suspense>
      </PortalProviders>
    </Router>
  );
}

/** After the first screen has settled (an idle callback would compete with its first paint). */
const PREFETCH_AFTER_MS = 2500;

function PrefetchWhenIdle() {
  useEffect(() => {
    const handle = setTimeout(prefetchResidentScreens, PREFETCH_AFTER_MS);
    return () => clearTimeout(handle);
  }, []);
  return null;
}

/** The shell (or the preview bridge) reports the hidden combination; open the PIN prompt. */
function AdminShortcutListener() {
  const [, navigate] = useLocation();
  useEffect(() => api().on('adminRequested', () => navigate('/admin')), [navigate]);
  return null;
}

function Loading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t('loading')}
    </p>
  );
}
