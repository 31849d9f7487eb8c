import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Demarche } from '../../src-main/api/contract/catalogue';
import { demarchePath, rememberVia, type OpenedVia } from './demarche-links';
import { pickText } from './localized';

/** A link to a démarche that remembers how the resident found it (for `demarche.open`). */
export function DemarcheLink({
  demarche,
  via,
  className,
  children,
}: {
  demarche: Demarche;
  via: OpenedVia;
  className: string;
  children: ReactNode;
}) {
  return (
    <Link href={demarchePath(demarche.id)} className={className} onClick={() => rememberVia(via)}>
      {children}
    </Link>
  );
}

/** A démarche as a large card: what the resident wants to do, in a sentence, and the site. */
export function DemarcheCard({
  demarche,
  via,
  showSite = false,
}: {
  demarche: Demarche;
  via: OpenedVia;
  showSite?: boolean;
}) {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return (
    <DemarcheLink demarche={demarche} via={via} className="card-link">
      <span className="card-title" dir="auto">
        {pickText(demarche.title, language)}
      </span>
      <span className="card-summary" dir="auto">
        {pickText(demarche.summary, language)}
      </span>
      {showSite && demarche.siteName ? (
        <span className="card-site">{demarche.siteName}</span>
      ) : null}
    </DemarcheLink>
  );
}
