import { useTranslation } from 'react-i18next';
import type { CentreDto } from '../../../src-main/api/contract/namespaces/centre';
import { OpeningHours } from '../OpeningHours';
import { Icon } from '../../icons/Icon';

/** Who to ask for help, when the centre is open, where it is. */
export function CentreInfo({ centre }: { centre: CentreDto }) {
  const { t } = useTranslation('portal');
  const { helpText, hours, address, phone } = centre;
  return (
    <div className="centre-info">
      <section className="help-box" aria-labelledby="help-title">
        <h2 id="help-title">
          <Icon name="help" />
          {t('home.helpTitle')}
        </h2>
        <p dir="auto">{helpText}</p>
      </section>
      <OpeningHours hours={hours} />
      <section className="centre-contact" aria-labelledby="contact-title">
        <h2 id="contact-title">{t('home.contactTitle')}</h2>
        <p dir="auto">
          {address.street}, {address.postcode} {address.city}
        </p>
        <p>
          {t('home.phone')} <span dir="ltr">{phone}</span>
        </p>
      </section>
    </div>
  );
}
