import { useTranslation } from 'react-i18next';
import { KioskDialog } from './KioskDialog';

/** "Terminer la session ?": everything of the resident is erased, so ask once. */
export function FinishDialog({ onConfirm, onCancel }: { onConfirm(): void; onCancel(): void }) {
  const { t } = useTranslation('kiosk');
  return (
    <KioskDialog
      title={t('finish.title')}
      onEscape={onCancel}
      actions={
        <>
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t('finish.cancel')}
          </button>
          <button type="button" className="button button-primary" onClick={onConfirm}>
            {t('finish.confirm')}
          </button>
        </>
      }
    >
      <p>{t('finish.text')}</p>
    </KioskDialog>
  );
}
