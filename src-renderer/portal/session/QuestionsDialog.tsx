import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  AgeBracketAnswer,
  FirstVisitAnswer,
  PortalSettingsDto,
} from '../../../src-main/api/contract/namespaces/portal';
import { recordUsage } from '../usage';

// The answers as recorded (api/contract/namespaces/portal.ts lists them for the statistics).
const AGE_BRACKET_ANSWERS: readonly AgeBracketAnswer[] = ['moins-de-26', '26-59', '60-et-plus'];
const FIRST_VISIT_ANSWERS: readonly FirstVisitAnswer[] = ['oui', 'non'];

/**
 * At most two anonymous questions when a session starts, if the centre switched them on.
 * Every answer is optional, "Passer" (or Escape) skips both, and an answer only becomes a
 * count in the statistics: nothing links it to the resident.
 */
export function QuestionsDialog({
  questions,
  onDone,
}: {
  questions: PortalSettingsDto['optionalQuestions'];
  onDone: () => void;
}) {
  const { t } = useTranslation('portal');
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [age, setAge] = useState<string | null>(null);
  const [firstVisit, setFirstVisit] = useState<string | null>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  const close = (save: boolean) => {
    if (save && age) recordUsage({ type: 'question', question: 'age-bracket', answer: age });
    if (save && firstVisit) {
      recordUsage({ type: 'question', question: 'first-visit', answer: firstVisit });
    }
    dialog.current?.close();
    onDone();
  };
  return (
    <dialog
      ref={dialog}
      className="questions-dialog"
      aria-labelledby={`${id}-title`}
      onCancel={(event) => {
        event.preventDefault();
        close(false);
      }}
    >
      <h2 id={`${id}-title`}>{t('questions.title')}</h2>
      <p>{t('questions.intro')}</p>
      {questions.ageBracket ? (
        <Choice
          legend={t('questions.age')}
          name={`${id}-age`}
          options={AGE_BRACKET_ANSWERS.map((value) => ({
            value,
            label: t(`questions.ageAnswer.${value}`),
          }))}
          value={age}
          onChange={setAge}
        />
      ) : null}
      {questions.firstVisit ? (
        <Choice
          legend={t('questions.firstVisit')}
          name={`${id}-visit`}
          options={FIRST_VISIT_ANSWERS.map((value) => ({
            value,
            label: t(`questions.visitAnswer.${value}`),
          }))}
          value={firstVisit}
          onChange={setFirstVisit}
        />
      ) : null}
      <div className="dialog-actions">
        <button
          type="button"
          className="button button-primary button-large"
          onClick={() => close(true)}
        >
          {t('questions.continue')}
        </button>
        <button
          type="button"
          className="button button-secondary button-large"
          onClick={() => close(false)}
        >
          {t('questions.skip')}
        </button>
      </div>
    </dialog>
  );
}

function Choice({
  legend,
  name,
  options,
  value,
  onChange,
}: {
  legend: string;
  name: string;
  options: { value: string; label: string }[];
  value: string | null;
  onChange: (value: string) => void;
}) {
  return (
    <fieldset className="choice">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="choice-option">
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

export default QuestionsDialog;
