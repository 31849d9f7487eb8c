import { useTranslation } from 'react-i18next';
import { HomePreview } from './HomePreview';
import { HoursEditor } from './HoursEditor';
import { LogoField } from './LogoField';
import { SaveBar } from './SaveBar';
import { TextField } from './fields';
import { useConfigDraft } from './use-config-draft';

/** The centre as residents see it: name, logo, help, address, phone, opening hours. */
export default function IdentityPage() {
  const { t } = useTranslation('admin');
  const config = useConfigDraft();
  const { draft, update, issues, preview } = config;
  if (!draft) return <p role="status">{t('common:loading')}</p>;
  const { centre } = draft;
  return (
    <div className="customise-page">
      <div className="customise-form">
        <h2>{t('identity.title')}</h2>
        <TextField
          label={t('identity.name')}
          path="centre.name"
          issues={issues}
          value={centre.name}
          dir="auto"
          onChange={(value) => update((d) => void (d.centre.name = value))}
        />
        <LogoField
          current={preview?.logo ?? null}
          onUploaded={(fileName) => update((d) => void (d.centre.logo = fileName))}
          onRemove={() =>
            update((d) => {
              delete d.centre.logo;
            })
          }
        />
        <TextField
          label={t('identity.helpText')}
          hint={t('identity.helpTextHint')}
          path="centre.helpText"
          issues={issues}
          value={centre.helpText}
          multiline
          dir="auto"
          onChange={(value) => update((d) => void (d.centre.helpText = value))}
        />
        <fieldset>
          <legend>{t('identity.address')}</legend>
          <TextField
            label={t('identity.street')}
            path="centre.address.street"
            issues={issues}
            value={centre.address.street}
            onChange={(value) => update((d) => void (d.centre.address.street = value))}
          />
          <TextField
            label={t('identity.postcode')}
            path="centre.address.postcode"
            issues={issues}
            value={centre.address.postcode}
            onChange={(value) => update((d) => void (d.centre.address.postcode = value))}
          />
          <TextField
            label={t('identity.city')}
            path="centre.address.city"
            issues={issues}
            value={centre.address.city}
            onChange={(value) => update((d) => void (d.centre.address.city = value))}
          />
        </fieldset>
        <TextField
          label={t('identity.phone')}
          type="tel"
          dir="ltr"
          path="centre.phone"
          issues={issues}
          value={centre.phone}
          onChange={(value) => update((d) => void (d.centre.phone = value))}
        />
        <TextField
          label={t('identity.email')}
          type="email"
          dir="ltr"
          path="centre.email"
          issues={issues}
          value={centre.email ?? ''}
          onChange={(value) =>
            update((d) => {
              if (value === '') delete d.centre.email;
              else d.centre.email = value;
            })
          }
        />
        <HoursEditor
          hours={centre.hours}
          issues={issues}
          onChange={(edit) => update((d) => edit(d.centre.hours))}
        />
        <SaveBar draft={config} />
      </div>
      <HomePreview preview={preview} />
    </div>
  );
}
