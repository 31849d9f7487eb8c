import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { SheetDto, SheetStep } from '../../src-main/api/contract/sheet';
import { api } from '../app/api';
import { loadNamespaces } from '../app/i18n';
import { useApi } from '../app/use-api';
import { recordUsage } from '../portal/usage';
import { readAloud, stopReadingAloud, useCanReadAloud } from './read-aloud';
import { SheetDocument } from './SheetDocument';
import { sheetTexts, stepText } from './sheet-text';
import { Icon } from '../icons/Icon';

export interface HelpSheetPanelProps {
  sheetId: string;
  /** Shown as a "Fermer" button when given (beside the site, or on the démarche screen). */
  onClose?: () => void;
}

/**
 * A help sheet, in the resident's language, with steps to tick and reading aloud. It
 * fills the box it is given and scrolls inside it, so the kiosk shell can place it beside
 * the official site. Ticks live only as long as the panel: nothing is kept.
 *
 * Its strings (the "sheets" namespace) load with it, not with the home screen.
 */
export function HelpSheetPanel(props: HelpSheetPanelProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const [loaded, setLoaded] = useState(() => i18n.hasResourceBundle(language, 'sheets'));
  useEffect(() => {
    let current = true;
    void loadNamespaces(language, ['sheets']).then(() => current && setLoaded(true));
    return () => {
      current = false;
    };
  }, [language]);
  return loaded ? <SheetPanel {...props} /> : <p role="status">{t('loading')}</p>;
}

function SheetPanel({ sheetId, onClose }: HelpSheetPanelProps) {
  const { t, i18n } = useTranslation('sheets');
  const language = i18n.language;
  const [sheet] = useApi(() => api().sheets.get(sheetId, language), `${sheetId}|${language}`);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    recordUsage({ type: 'sheet.open', sheetId });
    return stopReadingAloud;
  }, [sheetId]);
  useEffect(() => {
    if (sheet.status === 'ready') heading.current?.focus();
  }, [sheet.status]);

  return (
    <aside className="help-sheet" aria-labelledby={`sheet-${sheetId}-title`}>
      <div className="help-sheet-bar">
        <p className="help-sheet-kind">
          <Icon name="sheet" />
          {t('title')}
        </p>
        {onClose ? (
          <button type="button" className="button button-secondary" onClick={onClose}>
            <Icon name="close" />
            {t('close')}
          </button>
        ) : null}
      </div>
      {sheet.status === 'loading' ? <p role="status">{t('common:loading')}</p> : null}
      {sheet.status === 'failed' ? <p role="alert">{t('unavailable')}</p> : null}
      {sheet.status === 'ready' ? <SheetBody sheet={sheet.data} headingRef={heading} /> : null}
    </aside>
  );
}

function SheetBody({
  sheet,
  headingRef,
}: {
  sheet: SheetDto;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const { t } = useTranslation('sheets');
  const [ticked, setTicked] = useState<ReadonlySet<number>>(new Set());
  const recorded = useRef(new Set<number>());
  const canRead = useCanReadAloud(sheet.language);
  const [reading, setReading] = useState(false);

  const onTick = useCallback(
    (step: number, done: boolean) => {
      setTicked((previous) => {
        const next = new Set(previous);
        if (done) next.add(step);
        else next.delete(step);
        return next;
      });
      if (done && !recorded.current.has(step)) {
        recorded.current.add(step);
        recordUsage({ type: 'sheet.step', sheetId: sheet.id, step });
      }
    },
    [sheet.id],
  );
  const listen = (texts: string[]) => {
    setReading(true);
    readAloud(texts, sheet.language, () => setReading(false));
  };
  const onListen = canRead ? (step: SheetStep) => listen([stepText(step)]) : undefined;

  return (
    <div className="help-sheet-body" lang={sheet.language}>
      <h2 id={`sheet-${sheet.id}-title`} ref={headingRef} tabIndex={-1}>
        {sheet.title}
      </h2>
      {canRead ? (
        <p className="help-sheet-read">
          {reading ? (
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                stopReadingAloud();
                setReading(false);
              }}
            >
              <Icon name="stop" />
              {t('stop')}
            </button>
          ) : (
            <button
              type="button"
              className="button button-secondary"
              onClick={() => listen(sheetTexts(sheet))}
            >
              <Icon name="listen" />
              {t('readAll')}
            </button>
          )}
        </p>
      ) : null}
      <p className="help-sheet-progress" aria-live="polite">
        {t('progress', { count: ticked.size, total: sheet.stepCount })}
      </p>
      <SheetDocument
        blocks={sheet.blocks}
        steps={{ ticked, onTick, ...(onListen ? { onListen } : {}) }}
      />
      {sheet.updatedOn ? (
        <p className="help-sheet-date">
          {t('updatedOn', {
            date: new Intl.DateTimeFormat(sheet.language, { dateStyle: 'long' }).format(
              new Date(`${sheet.updatedOn}T12:00:00`),
            ),
          })}
        </p>
      ) : null}
    </div>
  );
}

export default HelpSheetPanel;
