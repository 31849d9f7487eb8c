import { useTranslation } from 'react-i18next';
import { AVAILABLE_LANGUAGES } from '../../app/i18n';
import { CheckField, Field, NumberField, TextField } from './fields';
import { SaveBar } from './SaveBar';
import { useConfigDraft } from './use-config-draft';

/** Languages, idle time, print limits, the optional questions, the borne's profile. */
export default function SettingsPage() {
  const { t } = useTranslation('admin');
  const config = useConfigDraft();
  const { draft, update, issues } = config;
  if (!draft) return <p role="status">{t('common:loading')}</p>;
  const { languages, session, printing, profile } = draft;
  const codes = [...new Set([...AVAILABLE_LANGUAGES, ...languages.offered])];

  return (
    <div className="customise-form">
      <h2>{t('settings.title')}</h2>
      <fieldset>
        <legend>{t('settings.languages')}</legend>
        {codes.map((code) => (
          <CheckField
            key={code}
            label={languageName(code)}
            checked={languages.offered.includes(code)}
            onChange={(checked) =>
              update((d) => {
                const offered = d.languages.offered.filter((each) => each !== code);
                d.languages.offered = checked ? [...offered, code] : offered;
              })
            }
          />
        ))}
        <Field label={t('settings.defaultLanguage')} path="languages.default" issues={issues}>
          {({ id, describedBy, invalid }) => (
            <select
              id={id}
              value={languages.default}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              onChange={(event) => update((d) => void (d.languages.default = event.target.value))}
            >
              {codes.map((code) => (
                <option key={code} value={code}>
                  {languageName(code)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <IssueLine path="languages.offered" issues={issues} />
      </fieldset>
      <fieldset>
        <legend>{t('settings.session')}</legend>
        <NumberField
          label={t('settings.idleSeconds')}
          hint={t('settings.idleSecondsHint')}
          path="session.idleSeconds"
          issues={issues}
          min={30}
          max={3600}
          value={session.idleSeconds}
          onChange={(value) => update((d) => void (d.session.idleSeconds = value))}
        />
        <NumberField
          label={t('settings.warningSeconds')}
          path="session.warningSeconds"
          issues={issues}
          min={5}
          max={120}
          value={session.warningSeconds}
          onChange={(value) => update((d) => void (d.session.warningSeconds = value))}
        />
        <CheckField
          label={t('settings.questionsEnabled')}
          checked={session.optionalQuestions.enabled}
          onChange={(value) => update((d) => void (d.session.optionalQuestions.enabled = value))}
        />
        {session.optionalQuestions.enabled ? (
          <>
            <CheckField
              label={t('settings.questionAge')}
              checked={session.optionalQuestions.ageBracket}
              onChange={(value) =>
                update((d) => void (d.session.optionalQuestions.ageBracket = value))
              }
            />
            <CheckField
              label={t('settings.questionFirstVisit')}
              checked={session.optionalQuestions.firstVisit}
              onChange={(value) =>
                update((d) => void (d.session.optionalQuestions.firstVisit = value))
              }
            />
          </>
        ) : null}
      </fieldset>
      <fieldset>
        <legend>{t('settings.printing')}</legend>
        <NumberField
          label={t('settings.pagesPerSession')}
          path="printing.quotas.pagesPerSession"
          issues={issues}
          min={1}
          max={500}
          value={printing.quotas.pagesPerSession}
          onChange={(value) => update((d) => void (d.printing.quotas.pagesPerSession = value))}
        />
        <NumberField
          label={t('settings.pagesPerDay')}
          path="printing.quotas.pagesPerDay"
          issues={issues}
          min={1}
          max={10000}
          value={printing.quotas.pagesPerDay}
          onChange={(value) => update((d) => void (d.printing.quotas.pagesPerDay = value))}
        />
      </fieldset>
      <fieldset>
        <legend>{t('settings.profile')}</legend>
        {(['borne', 'nomade'] as const).map((kind) => (
          <div key={kind} className="field field-check">
            <input
              id={`profile-${kind}`}
              type="radio"
              name="profile"
              checked={profile.kind === kind}
              onChange={() => update((d) => void (d.profile.kind = kind))}
            />
            <label htmlFor={`profile-${kind}`}>{t(`settings.profileKind.${kind}`)}</label>
          </div>
        ))}
        {profile.kind === 'nomade' ? (
          <TextField
            label={t('settings.placeTag')}
            hint={t('settings.placeTagHint')}
            path="profile.placeTag"
            issues={issues}
            value={profile.placeTag ?? ''}
            onChange={(value) =>
              update((d) => {
                if (value === '') delete d.profile.placeTag;
                else d.profile.placeTag = value;
              })
            }
          />
        ) : null}
      </fieldset>
      <SaveBar draft={config} />
    </div>
  );
}

/** A message for a field without an input of its own (the list of offered languages). */
function IssueLine({ path, issues }: { path: string; issues: readonly { path: string }[] }) {
  const { t } = useTranslation('admin');
  return issues.some((issue) => issue.path === path) ? (
    <p className="field-message">{t('settings.languagesNeeded')}</p>
  ) : null;
}

function languageName(code: string): string {
  const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  return `${name.charAt(0).toLocaleUpperCase(code)}${name.slice(1)} (${code})`;
}
