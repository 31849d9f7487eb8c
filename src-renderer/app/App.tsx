import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Router, Switch, useLocation } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { HomePage } from '../portal/HomePage';
import { api } from './api';

// Admin mode and its tools are loaded only when a referent opens them.
const AdminApp = lazy(() => import('../admin/AdminApp'));
// The resident tools (pense-bête, directory, glossary) load when first opened.
const ToolsRoutes = lazy(() => import('../tools/ToolsRoutes'));

/** Routes of the resident portal and of admin mode (hash-based: works on app:// and http://). */
export function App() {
  return (
    <Router hook={useHashLocation}>
      <AdminShortcutListener />
      <Suspense fallback={<Loading />}>
        <Switch>
          <Route path="/" component={HomePage} />
          <Route path="/outils" nest>
            <ToolsRoutes />
          </Route>
          <Route path="/admin" nest>
            <AdminApp />
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
