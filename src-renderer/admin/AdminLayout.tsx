import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Redirect, Route, Switch, useRoute } from 'wouter';
import { api } from '../app/api';
import { ADMIN_SECTIONS, SECTION_GROUPS, type AdminSection } from './admin-sections';
import { useAdminKeepAlive } from './use-admin-keep-alive';

/** The unlocked admin mode: a menu built from ADMIN_SECTIONS beside the page chosen. */
export function AdminLayout({ onLock }: { onLock(): void }) {
  const { t } = useTranslation('admin');
  useAdminKeepAlive();

  async function lock() {
    await api().admin.lock();
    onLock();
  }

  return (
    <div className="admin-shell">
      <header className="admin-header">
        <h1>{t('title')}</h1>
        <div className="admin-actions">
          <Link href="~/" className="button button-secondary">
            {t('backToPortal')}
          </Link>
          <button type="button" className="button button-secondary" onClick={() => void lock()}>
            {t('lock')}
          </button>
        </div>
      </header>
      <div className="admin-body">
        <nav className="admin-nav" aria-label={t('nav.label')}>
          {SECTION_GROUPS.map((group) => (
            <div key={group} className="admin-nav-group">
              <h2 className="admin-nav-title">{t(`nav.group.${group}`)}</h2>
              <ul>
                {ADMIN_SECTIONS.filter((section) => section.group === group).map((section) => (
                  <NavItem key={section.id} section={section} />
                ))}
              </ul>
            </div>
          ))}
        </nav>
        <main className="admin-main">
          <Suspense fallback={<p role="status">{t('common:loading')}</p>}>
            <Switch>
              {ADMIN_SECTIONS.map((section) => (
                <Route key={section.id} path={`/${section.id}`} nest={section.nested ?? false}>
                  {section.page ? <section.page /> : <PlannedPage section={section} />}
                </Route>
              ))}
              <Route>
                <Redirect to="/accueil" replace />
              </Route>
            </Switch>
          </Suspense>
        </main>
      </div>
    </div>
  );
}

function NavItem({ section }: { section: AdminSection }) {
  const { t } = useTranslation('admin');
  const [active] = useRoute(`/${section.id}`);
  return (
    <li>
      <Link
        href={`/${section.id}`}
        className={`admin-nav-link${section.page ? '' : ' admin-nav-planned'}`}
        aria-current={active ? 'page' : undefined}
      >
        {t(section.labelKey)}
        {section.page ? null : <span className="admin-nav-soon"> · {t('nav.soon')}</span>}
      </Link>
    </li>
  );
}

/** A place kept in the menu for a page another part of the work brings. */
function PlannedPage({ section }: { section: AdminSection }) {
  const { t } = useTranslation('admin');
  return (
    <section>
      <h2>{t(section.labelKey)}</h2>
      <p>{t('nav.plannedBody')}</p>
    </section>
  );
}
