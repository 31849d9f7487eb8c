import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../app/api';
import { loadNamespaces } from '../app/i18n';
import { useApi } from '../app/use-api';
import { AdminHome } from './AdminHome';
import { PinForm } from './PinForm';
import { lazy } from 'react';
import { Route, Switch } from 'wouter';

// The referent's tools (pense-bête, directory, glossary, accompaniments), on demand.
const ToolsAdmin = lazy(() => import('../tools/admin/ToolsAdmin'));

/** Admin mode: PIN first (created on first run), then the referent's tools. */
export default function AdminApp() {
  const { t, i18n } = useTranslation('admin');
  const [ready, setReady] = useState(false);
  const [auth, reloadAuth] = useApi(() => api().admin.getAuthState());

  useEffect(() => {
    void loadNamespaces(i18n.language, ['admin']).then(() => setReady(true));
  }, [i18n.language]);
  // Admin mode can lock itself (idle minutes, a resident session starting).
  useEffect(() => api().on('adminLockChanged', reloadAuth), [reloadAuth]);

  if (!ready || auth.status === 'loading') return <p role="status">{t('common:loading')}</p>;
  if (auth.status === 'failed') return <p role="alert">{t('unavailable')}</p>;
  if (!auth.data.pinSet) return <PinForm mode="create" onDone={reloadAuth} />;
  if (!auth.data.unlocked) return <PinForm mode="unlock" state={auth.data} onDone={reloadAuth} />;
  return (
    <Switch>
      <Route path="/outils" nest>
        <ToolsAdmin />
      </Route>
      <Route>
        <AdminHome onLock={reloadAuth} />
      </Route>
    </Switch>
  );
}
