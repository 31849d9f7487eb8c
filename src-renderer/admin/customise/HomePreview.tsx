import { useTranslation } from 'react-i18next';
import type { CustomisePreviewDto } from '../../../src-main/api/contract/namespaces/customise';
import { OpeningHours } from '../../portal/OpeningHours';
import { localized } from './localized';

/**
 * The resident's home screen as the draft would make it, before saving: the centre's
 * identity, hours and help, and the theme tiles in the draft's order. Rendered with the
 * portal's own blocks where they exist (the opening hours).
 */
export function HomePreview({ preview }: { preview: CustomisePreviewDto | null }) {
  const { t, i18n } = useTranslation('admin');
  if (!preview) return null;
  const { centre, logo } = preview;
  const themes = preview.themes.filter((theme) => theme.visible);
  return (
    <aside className="home-preview" aria-labelledby="home-preview-title">
      <h2 id="home-preview-title">{t('preview.title')}</h2>
      <div className="home-preview-screen" inert>
        {centre ? (
          <>
            <div className="home-preview-identity">
              {logo ? <img src={logo} alt="" className="centre-logo" /> : null}
              <p className="home-preview-name" dir="auto">
                {centre.name}
              </p>
            </div>
            <p className="home-preview-help" dir="auto">
              {centre.helpText}
            </p>
            <OpeningHours hours={centre.hours} />
            <p dir="auto">
              {centre.address.street}, {centre.address.postcode} {centre.address.city} ·{' '}
              <span dir="ltr">{centre.phone}</span>
            </p>
          </>
        ) : (
          <p>{t('preview.identityInvalid')}</p>
        )}
        <ul className="home-preview-themes" aria-label={t('preview.themes')}>
          {themes.map((theme) => (
            <li key={theme.id} className="home-preview-tile">
              {theme.label ?? localized(theme.title, i18n.language)}
            </li>
          ))}
        </ul>
      </div>
    </aside>
  );
}
