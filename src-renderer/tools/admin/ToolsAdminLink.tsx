import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useToolNamespaces } from '../use-namespaces';

/** The admin home's way to the tools (one line in AdminHome). */
export function ToolsAdminLink() {
  const { t } = useTranslation('tools-admin');
  const ready = useToolNamespaces(['tools-admin']);
  if (!ready) return null;
  return (
    <Link href="/outils" className="button button-secondary">
      {t('title')}
    </Link>
  );
}
