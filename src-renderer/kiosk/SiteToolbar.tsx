import { useTranslation } from 'react-i18next';

export interface SiteToolbarProps {
  title: string;
  helpOpen: boolean;
  keyboardAvailable: boolean;
  keyboardOpen: boolean;
  onHome(): void;
  onBack(): void;
  onPrint(): void;
  onHelp(): void;
  onKeyboard(): void;
  onFinish(): void;
}

/** The borne's own toolbar, always above the official site. */
export function SiteToolbar(props: SiteToolbarProps) {
  const { t } = useTranslation('kiosk');
  return (
    <header className="site-toolbar">
      <nav aria-label={t('toolbar.label')} className="site-toolbar-buttons">
        <button type="button" className="button button-secondary" onClick={props.onHome}>
          <span aria-hidden="true">⌂</span> {t('toolbar.home')}
        </button>
        <button type="button" className="button button-secondary" onClick={props.onBack}>
          <span aria-hidden="true" className="mirror-in-rtl">
            ←
          </span>{' '}
          {t('toolbar.back')}
        </button>
        <button type="button" className="button button-secondary" onClick={props.onPrint}>
          <span aria-hidden="true">⎙</span> {t('toolbar.print')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          aria-pressed={props.helpOpen}
          onClick={props.onHelp}
        >
          <span aria-hidden="true">?</span> {t('toolbar.help')}
        </button>
        {props.keyboardAvailable && (
          <button
            type="button"
            className="button button-secondary"
            aria-pressed={props.keyboardOpen}
            onClick={props.onKeyboard}
          >
            <span aria-hidden="true">⌨</span> {t('toolbar.keyboard')}
          </button>
        )}
      </nav>
      <p className="site-toolbar-title" dir="auto">
        {props.title}
      </p>
      <button type="button" className="button button-finish" onClick={props.onFinish}>
        {t('toolbar.finish')}
      </button>
    </header>
  );
}
