import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../app/api';
import { loadNamespaces } from '../app/i18n';
import { useApi } from '../app/use-api';
import { AdminHome } from './AdminHome';
import { PinForm } from './PinForm';

/**
 * Admin mode: PIN first (created on first run), then the referent's tools: the admin
 * home, or the admin page given as children (its own lazy-loaded route).
 */
export default function AdminApp({ children }: { children?: ReactNode }) {
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
  return children ?? <AdminHome onLock={reloadAuth} />;
}
