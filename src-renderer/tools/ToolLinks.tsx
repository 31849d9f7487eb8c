import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import './tools.css';
import { useToolNamespaces } from './use-namespaces';

/** The tools on the portal's home: pense-bête, local help, glossary. One line to place. */
export function ToolLinks() {
  const { t } = useTranslation('tools');
  const ready = useToolNamespaces();
  if (!ready) return null;
  return (
    <section className="tool-links" aria-label={t('links.label')}>
      <Link href="/outils/pense-bete" className="tool-tile">
        {t('links.penseBete')}
      </Link>
      <Link href="/outils/annuaire" className="tool-tile">
        {t('links.directory')}
      </Link>
      <Link href="/outils/lexique" className="tool-tile">
        {t('links.glossary')}
      </Link>
    </section>
  );
}
