import { useTranslation } from 'react-i18next';
import { Link, Route, Switch } from 'wouter';
import '../tools.css';
import { useToolNamespaces } from '../use-namespaces';
import { AccompanimentsAdmin } from './AccompanimentsAdmin';
import { DirectoryAdmin } from './DirectoryAdmin';
import { GlossaryAdmin } from './GlossaryAdmin';
import { PenseBeteAdmin } from './PenseBeteAdmin';

const SECTIONS = [
  ['accompagnements', 'accompaniments'],
  ['annuaire', 'directory'],
  ['lexique', 'glossary'],
  ['pense-bete', 'penseBete'],
] as const;

/** The referent's tools, under /admin/outils. */
export default function ToolsAdmin() {
  const { t } = useTranslation('tools-admin');
  const ready = useToolNamespaces(['tools', 'tools-admin']);
  if (!ready) return <p role="status">{t('common:loading')}</p>;
  return (
    <div className="admin-page">
      <div className="admin-page-heading">
        <h2>{t('title')}</h2>
        <nav className="admin-actions" aria-label={t('title')}>
          {SECTIONS.map(([path, key]) => (
            <Link key={path} href={`/${path}`} className="button button-secondary">
              {t(`${key}.title`)}
            </Link>
          ))}
        </nav>
      </div>
      <Switch>
        <Route path="/accompagnements" component={AccompanimentsAdmin} />
        <Route path="/annuaire" component={DirectoryAdmin} />
        <Route path="/lexique" component={GlossaryAdmin} />
        <Route path="/pense-bete" component={PenseBeteAdmin} />
        <Route>
          <p>{t('intro')}</p>
        </Route>
      </Switch>
    </div>
  );
}
