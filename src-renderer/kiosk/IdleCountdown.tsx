import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../app/api';
import { KioskDialog } from './KioskDialog';

/**
 * "Êtes-vous toujours là ?": shown when the main side says the idle time ran out, with
 * the seconds left; any input anywhere cancels it (ActivityReporter), the button too.
 */
export function IdleCountdown() {
  const { t } = useTranslation('kiosk');
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);

  useEffect(() => {
    const offs = [
      api().on('idleWarning', (payload) => setSecondsLeft(payload.secondsLeft)),
      api().on('idleCancelled', () => setSecondsLeft(null)),
      api().on('sessionEnded', () => setSecondsLeft(null)),
    ];
    return () => offs.forEach((off) => off());
  }, []);

  const counting = secondsLeft !== null && secondsLeft > 0;
  useEffect(() => {
    if (!counting) return;
    const timer = setInterval(
      () => setSecondsLeft((left) => (left === null ? null : Math.max(0, left - 1))),
      1000,
    );
    return () => clearInterval(timer);
  }, [counting]);

  if (secondsLeft === null) return null;
  return (
    <KioskDialog
      role="alertdialog"
      title={t('idle.title')}
      onEscape={() => void api().site.reportActivity()}
      actions={
        <button
          type="button"
          className="button button-primary"
          onClick={() => void api().site.reportActivity()}
        >
          {t('idle.stay')}
        </button>
      }
    >
      <p className="idle-countdown" aria-live="polite">
        {t('idle.countdown', { count: secondsLeft })}
      </p>
      <p>{t('idle.why')}</p>
    </KioskDialog>
  );
}
