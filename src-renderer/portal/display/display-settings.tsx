import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';

export type TextSize = 1 | 2 | 3;

export interface DisplaySettings {
  textSize: TextSize;
  highContrast: boolean;
  reducedMotion: boolean;
}

export const DEFAULT_DISPLAY: DisplaySettings = {
  textSize: 1,
  highContrast: false,
  reducedMotion: false,
};

interface DisplayValue {
  settings: DisplaySettings;
  change(next: Partial<DisplaySettings>): void;
  reset(): void;
}

const DisplayContext = createContext<DisplayValue>({
  settings: DEFAULT_DISPLAY,
  change: () => undefined,
  reset: () => undefined,
});

/**
 * Sets the resident's display choices on <html>: the stylesheet scales every rem from
 * there (data-text-size), swaps its colours (data-contrast) and stops movement
 * (data-motion). Nothing is stored: the next resident starts from the defaults.
 */
export function applyDisplaySettings(settings: DisplaySettings, root: HTMLElement): void {
  root.dataset.textSize = String(settings.textSize);
  root.dataset.contrast = settings.highContrast ? 'high' : 'normal';
  root.dataset.motion = settings.reducedMotion ? 'reduced' : 'normal';
}

export function DisplayProvider({
  children,
  onChange,
}: {
  children: ReactNode;
  /** Told after each change the resident makes (statistics, session start). */
  onChange?: (settings: DisplaySettings) => void;
}) {
  const [settings, setSettings] = useState<DisplaySettings>(DEFAULT_DISPLAY);
  useEffect(() => applyDisplaySettings(settings, document.documentElement), [settings]);
  const change = useCallback(
    (next: Partial<DisplaySettings>) => {
      const merged = { ...settings, ...next };
      setSettings(merged);
      onChange?.(merged);
    },
    [settings, onChange],
  );
  const reset = useCallback(() => setSettings(DEFAULT_DISPLAY), []);
  return (
    <DisplayContext.Provider value={{ settings, change, reset }}>
      {children}
    </DisplayContext.Provider>
  );
}

export function useDisplay(): DisplayValue {
  return useContext(DisplayContext);
}
