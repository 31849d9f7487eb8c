import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Router, Switch, useLocation } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { HomePage } from '../portal/HomePage';
import { KioskLayer } from '../kiosk/KioskLayer';
import SiteScreen from '../kiosk/SiteScreen';
import { api } from './api';
import { PrintDocumentListener } from '../print/PrintDocumentListener';

// Admin mode and its tools are loaded only when a referent opens them.
const AdminApp = lazy(() => import('../admin/AdminApp'));
// The print preview (and PDF.js) only when something is to be printed.
const PrintApp = lazy(() => import('../print/PrintApp'));
// The resident tools (pense-bête, directory, glossary) load when first opened.
const ToolsRoutes = lazy(() => import('../tools/ToolsRoutes'));

/** Routes of the resident portal and of admin mode (hash-based: works on app:// and http://). */
export function App() {
  return (
    <Router hook={useHashLocation}>
      <AdminShortcutListener />
      <PrintDocumentListener />
      <KioskLayer />
      <Suspense fallback={<Loading />}>
        <Switch>
          <Route path="/" component={HomePage} />
          <Route path="/site/:demarcheId" component={SiteScreen} />
          <Route path="/outils" nest>
            <ToolsRoutes />
          </Route>
          <Route path="/admin" nest>
            <AdminApp />
          </Route>
          <Route path="/print" nest>
            <PrintApp />
          </Route>
          <Route component={HomePage} />
        </Switch>
      </Suspense>
    </Router>
  );
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
