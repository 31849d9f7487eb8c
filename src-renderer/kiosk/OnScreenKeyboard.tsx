import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeyboardLayout } from '../../src-main/api/contract/config/kiosk';
import type { SiteKey } from '../../src-main/api/contract/namespaces/site';
import { api } from '../app/api';
import { KEYBOARD_ROWS, keyText } from './keyboard-layouts';

/**
 * The on-screen keyboard under the site, for bornes without a physical keyboard. It
 * types into the site's focused field only (site.insertText); it takes its room from the
 * site area, so the native view shrinks above it and never covers the field.
 */
export function OnScreenKeyboard({
  layouts,
  onClose,
}: {
  layouts: KeyboardLayout[];
  onClose(): void;
}) {
  const { t, i18n } = useTranslation('kiosk');
  const preferred: KeyboardLayout =
    i18n.language === 'ar' && layouts.includes('arabic') ? 'arabic' : (layouts[0] ?? 'azerty');
  const [layout, setLayout] = useState<KeyboardLayout>(preferred);
  const [shift, setShift] = useState(false);
  const rows = KEYBOARD_ROWS[layout];
  const type = (text: string) => {
    void api().site.insertText(text);
    if (shift) setShift(false);
  };
  const press = (key: SiteKey) => void api().site.pressKey(key);
  // Keep the focus where it is: a click on a key must not move it from the site's field.
  const keepFocus = (event: { preventDefault(): void }) => event.preventDefault();

  return (
    <section className="osk" aria-label={t('keyboard.label')} onMouseDown={keepFocus}>
      <div className="osk-rows">
        {rows.rows.map((row, index) => (
          <div className="osk-row" key={index} dir={row.direction}>
            {row.keys.map((key) => {
              const text = keyText(key, shift && rows.hasShift);
              return (
                <button type="button" className="osk-key" key={key.text} onClick={() => type(text)}>
                  {text}
                </button>
              );
            })}
          </div>
        ))}
      </div>
      <div className="osk-row osk-controls">
        {rows.hasShift && (
          <button
            type="button"
            className="osk-key osk-wide"
            aria-pressed={shift}
            onClick={() => setShift(!shift)}
          >
            {t('keyboard.shift')}
          </button>
        )}
        <button type="button" className="osk-key osk-space" onClick={() => type(' ')}>
          {t('keyboard.space')}
        </button>
        <button type="button" className="osk-key osk-wide" onClick={() => press('Backspace')}>
          {t('keyboard.backspace')}
        </button>
        <button
          type="button"
          className="osk-key"
          aria-label={t('keyboard.left')}
          onClick={() => press('ArrowLeft')}
        >
          ←
        </button>
        <button
          type="button"
          className="osk-key"
          aria-label={t('keyboard.right')}
          onClick={() => press('ArrowRight')}
        >
          →
        </button>
        <button type="button" className="osk-key osk-wide" onClick={() => press('Tab')}>
          {t('keyboard.tab')}
        </button>
        <button type="button" className="osk-key osk-wide" onClick={() => press('Enter')}>
          {t('keyboard.enter')}
        </button>
      </div>
      <div className="osk-row osk-controls">
        {layouts.length > 1 && (
          <div role="group" aria-label={t('keyboard.layouts')} className="osk-layouts">
            {layouts.map((each) => (
              <button
                type="button"
                key={each}
                className="osk-key osk-wide"
                aria-pressed={each === layout}
                lang={each === 'arabic' ? 'ar' : 'fr'}
                onClick={() => setLayout(each)}
              >
                {t(`keyboard.layout.${each}`)}
              </button>
            ))}
          </div>
        )}
        <button type="button" className="osk-key osk-wide" onClick={onClose}>
          {t('keyboard.close')}
        </button>
      </div>
    </section>
  );
}
