import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiEventMap } from '../../src-main/api/contract/events';
import { api } from '../app/api';
import { KioskDialog } from './KioskDialog';

type MessageCode = ApiEventMap['siteMessage']['code'];

/** What the site view needs the resident to know (a download it cannot keep…). */
export function SiteMessages() {
  const { t } = useTranslation('kiosk');
  const [code, setCode] = useState<MessageCode | null>(null);
  useEffect(() => api().on('siteMessage', (payload) => setCode(payload.code)), []);
  if (!code) return null;
  return (
    <KioskDialog
      title={t(`message.${code}`)}
      onEscape={() => setCode(null)}
      actions={
        <button type="button" className="button button-primary" onClick={() => setCode(null)}>
          {t('message.ok')}
        </button>
      }
    >
      {null}
    </KioskDialog>
  );
}
