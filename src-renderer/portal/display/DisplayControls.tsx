import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { usePortalSession } from '../session/portal-session';
import { recordUsage } from '../usage';
import { useDisplay, type DisplaySettings, type TextSize } from './display-settings';
import { Icon } from '../../icons/Icon';

const SIZES: readonly TextSize[] = [1, 2, 3];

/**
 * "Affichage": text size in three steps, high contrast, fewer animations. The panel is a
 * native popover: Escape and a click outside close it, Tab from the button enters it.
 */
export function DisplayControls() {
  const { t } = useTranslation('portal');
  const { settings, change } = useDisplay();
  const session = usePortalSession();
  const panelId = useId();
  const set = (next: Partial<DisplaySettings>) => {
    void session.ensure();
    change(next);
    const merged = { ...settings, ...next };
    recordUsage({ type: 'display', ...merged });
  };
  return (
    <div className="display-controls">
      <button type="button" className="button button-secondary" popoverTarget={panelId}>
        <Icon name="display" />
        {t('display.button')}
      </button>
      <div id={panelId} popover="auto" className="display-panel" aria-label={t('display.title')}>
        <p className="display-panel-title">{t('display.title')}</p>
        <fieldset className="display-sizes">
          <legend>{t('display.textSize')}</legend>
          {SIZES.map((size) => (
            <button
              key={size}
              type="button"
              className={`button button-choice text-size-sample-${size}`}
              aria-pressed={settings.textSize === size}
              onClick={() => set({ textSize: size })}
            >
              {t(`display.size${size}`)}
            </button>
          ))}
        </fieldset>
        <button
          type="button"
          className="button button-choice"
          aria-pressed={settings.highContrast}
          onClick={() => set({ highContrast: !settings.highContrast })}
        >
          <Icon name="contrast" />
          {t('display.contrast')}
        </button>
        <button
          type="button"
          className="button button-choice"
          aria-pressed={settings.reducedMotion}
          onClick={() => set({ reducedMotion: !settings.reducedMotion })}
        >
          <Icon name="motion" />
          {t('display.motion')}
        </button>
        <button
          type="button"
          className="button button-primary"
          popoverTarget={panelId}
          popoverTargetAction="hide"
        >
          {t('display.close')}
        </button>
      </div>
    </div>
  );
}
