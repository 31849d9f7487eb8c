import { useTranslation } from 'react-i18next';

/**
 * Placeholder with the props of the portal's help-sheet panel (issue 4 builds the real
 * one at this path; the lead keeps theirs at merge). It lets the site screen compile and
 * shows where the sheet sits: beside the site, never over it.
 */
export function HelpSheetPanel({ sheetId, onClose }: { sheetId: string; onClose(): void }) {
  const { t } = useTranslation('kiosk');
  return (
    <section
      className="help-sheet-panel"
      aria-labelledby="help-sheet-title"
      data-sheet-id={sheetId}
    >
      <h2 id="help-sheet-title">{t('toolbar.help')}</h2>
      <button type="button" className="button button-secondary" onClick={onClose}>
        {t('toolbar.helpClose')}
      </button>
    </section>
  );
}
