import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResidentChoice } from '../../../src-main/api/contract/deadline-rules';
import type {
  NextDeadlineDto,
  ReminderRuleDto,
} from '../../../src-main/api/contract/namespaces/reminders';
import type { ReminderTicketContent } from '../../../src-main/api/contract/print-content';
import { api } from '../../app/api';
import { LinkedText } from '../glossary/LinkedText';
import { PrintStep } from '../print/PrintStep';
import { useLocalized } from '../use-namespaces';
import { ChoiceForm } from './ChoiceForm';
import { DeadlineView } from './DeadlineView';

type Step =
  | { kind: 'choose' }
  | { kind: 'shown'; choice: ResidentChoice; next: NextDeadlineDto }
  | { kind: 'print'; choice: ResidentChoice; next: NextDeadlineDto; ticket: ReminderTicketContent }
  | { kind: 'failed' };

/** One démarche's next deadline: ask what is needed, show the date, print the ticket. */
export function RuleDetail({ rule, onBack }: { rule: ReminderRuleDto; onBack(): void }) {
  const { t, i18n } = useTranslation('tools');
  const text = useLocalized();
  const [step, setStep] = useState<Step>({ kind: 'choose' });

  async function show(choice: ResidentChoice) {
    try {
      setStep({ kind: 'shown', choice, next: await api().reminders.next(rule.id, choice) });
    } catch {
      setStep({ kind: 'failed' });
    }
  }

  async function preparePrint(choice: ResidentChoice, next: NextDeadlineDto) {
    try {
      const ticket = await api().reminders.ticket(rule.id, choice, i18n.language);
      setStep({ kind: 'print', choice, next, ticket });
    } catch {
      setStep({ kind: 'failed' });
    }
  }

  // Rules that need nothing from the resident answer at once.
  useEffect(() => {
    if (rule.needs !== 'none') return;
    let current = true;
    api()
      .reminders.next(rule.id, {})
      .then(
        (next) => current && setStep({ kind: 'shown', choice: {}, next }),
        () => current && setStep({ kind: 'failed' }),
      );
    return () => {
      current = false;
    };
  }, [rule.id, rule.needs]);

  if (step.kind === 'print') {
    return (
      <PrintStep
        content={step.ticket}
        print={() => api().reminders.printTicket(rule.id, step.choice, i18n.language)}
        onBack={() => setStep({ kind: 'shown', choice: step.choice, next: step.next })}
      />
    );
  }

  return (
    <section className="rule-detail" aria-labelledby="rule-title">
      <h2 id="rule-title" dir="auto">
        {text(rule.title)}
      </h2>
      <p dir="auto">{text(rule.summary)}</p>
      {rule.needs !== 'none' ? (
        <ChoiceForm rule={rule} onChoice={(choice) => void show(choice)} />
      ) : null}
      {step.kind === 'failed' ? <p role="alert">{t('unavailable')}</p> : null}
      {step.kind === 'shown' ? <DeadlineView next={step.next} /> : null}
      {rule.bring.length > 0 ? (
        <div className="rule-bring">
          <h3>{t('penseBete.bring')}</h3>
          <ul>
            {rule.bring.map((item) => (
              <li key={item.fr} dir="auto">
                <LinkedText text={text(item)} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="tool-actions">
        {step.kind === 'shown' && step.next.status !== 'unknown' ? (
          <button
            type="button"
            className="button button-primary"
            onClick={() => void preparePrint(step.choice, step.next)}
          >
            {t('penseBete.print')}
          </button>
        ) : null}
        <button type="button" className="button button-secondary" onClick={onBack}>
          {t('penseBete.other')}
        </button>
      </div>
    </section>
  );
}
