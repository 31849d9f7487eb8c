import { useTranslation } from 'react-i18next';
import { Route, Switch } from 'wouter';
import DirectoryPage from './directory/DirectoryPage';
import GlossaryPage from './glossary/GlossaryPage';
import PenseBetePage from './pense-bete/PenseBetePage';
import { useToolNamespaces } from './use-namespaces';

/** The resident tools under /outils (loaded on demand, with their locale namespace). */
export default function ToolsRoutes() {
  const { t } = useTranslation();
  const ready = useToolNamespaces();
  if (!ready) return <p role="status">{t('loading')}</p>;
  return (
    <Switch>
      <Route path="/pense-bete" component={PenseBetePage} />
      <Route path="/annuaire" component={DirectoryPage} />
      <Route path="/lexique" component={GlossaryPage} />
    </Switch>
  );
}
