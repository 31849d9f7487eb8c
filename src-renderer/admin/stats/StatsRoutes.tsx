import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Switch } from 'wouter';
import { loadNamespaces } from '../../app/i18n';
import { StatsDashboard } from './StatsDashboard';
import { StatsReport } from './StatsReport';
import { SyncPage } from './SyncPage';
import './stats.css';

/** Admin > Statistics (lazy-loaded with Chart.js): dashboard, funders' report, Matomo sync. */
export default function StatsRoutes() {
  const { t, i18n } = useTranslation('stats');
  const [ready, setReady] = useState(false);
  useEffect(() => {
    void loadNamespaces(i18n.language, ['stats']).then(() => setReady(true));
  }, [i18n.language]);
  if (!ready) return <p role="status">{t('common:loading')}</p>;
  return (
    <Switch>
      <Route path="/report/:from/:to">
        {(params) => <StatsReport from={params.from} to={params.to} />}
      </Route>
      <Route path="/sync" component={SyncPage} />
      <Route component={StatsDashboard} />
    </Switch>
  );
}
