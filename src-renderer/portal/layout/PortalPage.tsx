import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { OfflineBanner } from './OfflineBanner';
import { PortalHeader } from './PortalHeader';

/**
 * Every resident screen: a skip link, the header (centre, languages, display, "J'ai
 * fini"), the connectivity banner, then the screen's own content in <main>.
 */
export function PortalPage({
  children,
  home = false,
  className = '',
}: {
  children: ReactNode;
  home?: boolean;
  className?: string;
}) {
  const { t } = useTranslation('portal');
  const main = useRef<HTMLElement>(null);
  return (
    <div className={`portal ${className}`}>
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          // The router owns the URL hash: move focus without navigating.
          event.preventDefault();
          main.current?.focus();
        }}
      >
        {t('nav.skip')}
      </a>
      <PortalHeader home={home} />
      <OfflineBanner />
      <main id="main" ref={main} tabIndex={-1} className="portal-content">
        {children}
      </main>
    </div>
  );
}
