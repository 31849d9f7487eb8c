import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SiteStateDto } from '../../src-main/api/contract/namespaces/site';
import { api } from '../app/api';
import { KioskDialog } from './KioskDialog';

type Chooser = NonNullable<SiteStateDto['fileChooser']>;

/** A site asked for a file: the resident picks among the documents of their session. */
export function FileChooserDialog({ chooser }: { chooser: Chooser }) {
  const { t } = useTranslation('kiosk');
  const [chosen, setChosen] = useState<string[]>([]);
  const answer = (names: string[]) => void api().site.chooseFiles(names);
  const toggle = (name: string) =>
    setChosen((list) =>
      list.includes(name) ? list.filter((each) => each !== name) : [...list, name],
    );
  return (
    <KioskDialog
      title={t('files.title')}
      onEscape={() => answer([])}
      actions={
        <>
          <button type="button" className="button button-secondary" onClick={() => answer([])}>
            {t('files.cancel')}
          </button>
          {chooser.multiple && (
            <button
              type="button"
              className="button button-primary"
              disabled={chosen.length === 0}
              onClick={() => answer(chosen)}
            >
              {t('message.ok')}
            </button>
          )}
        </>
      }
    >
      <p>{t('files.text')}</p>
      <ul className="file-choices">
        {chooser.files.map((file) => (
          <li key={file.name}>
            <button
              type="button"
              className="button button-secondary file-choice"
              aria-pressed={chooser.multiple ? chosen.includes(file.name) : undefined}
              onClick={() => (chooser.multiple ? toggle(file.name) : answer([file.name]))}
            >
              <span dir="auto">{file.name}</span>
              <span className="file-size">
                {t('files.size', { size: Math.max(1, Math.round(file.sizeBytes / 1024)) })}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </KioskDialog>
  );
}
