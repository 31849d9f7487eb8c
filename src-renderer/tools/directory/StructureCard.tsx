import { useTranslation } from 'react-i18next';
import type { Structure } from '../../../src-main/api/contract/directory';

interface StructureCardProps {
  structure: Structure;
  /** The card's action: print the slip (residents), edit (referent). */
  actions: React.ReactNode;
}

/** One help structure: what they do, where, when, how to reach them, how accessible. */
export function StructureCard({ structure, actions }: StructureCardProps) {
  const { t } = useTranslation('tools');
  return (
    <article className="structure-card" aria-labelledby={`structure-${structure.id}`}>
      <header>
        <h3 id={`structure-${structure.id}`} dir="auto">
          {structure.name}
        </h3>
        <p className="structure-kind">
          {t(`directory.kind.${structure.kind}`)}
          {structure.demo ? <span className="badge">{t('directory.demo')}</span> : null}
        </p>
      </header>
      {structure.description ? <p dir="auto">{structure.description}</p> : null}
      <dl className="structure-facts">
        <dt>{t('directory.address')}</dt>
        <dd dir="auto">
          {structure.street}, {structure.postcode} {structure.city}
        </dd>
        {structure.hours ? (
          <>
            <dt>{t('directory.hours')}</dt>
            <dd dir="auto">{structure.hours}</dd>
          </>
        ) : null}
        {structure.phone ? (
          <>
            <dt>{t('directory.phone')}</dt>
            <dd dir="ltr">{structure.phone}</dd>
          </>
        ) : null}
        {structure.appointment ? (
          <>
            <dt>{t('directory.appointment')}</dt>
            <dd>{t(`directory.appointmentMode.${structure.appointment}`)}</dd>
          </>
        ) : null}
        {structure.accessibility.length > 0 ? (
          <>
            <dt>{t('directory.accessibility')}</dt>
            <dd>{structure.accessibility.map((tag) => t(`directory.access.${tag}`)).join(', ')}</dd>
          </>
        ) : null}
        {structure.languages.length > 0 ? (
          <>
            <dt>{t('directory.languages')}</dt>
            <dd dir="auto">{structure.languages.join(', ')}</dd>
          </>
        ) : null}
      </dl>
      <div className="tool-actions">{actions}</div>
    </article>
  );
}
