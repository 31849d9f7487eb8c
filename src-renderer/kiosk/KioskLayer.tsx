import { useEffect, useRef } from 'react';
import { useLocation } from 'wouter';
import { api } from '../app/api';
import { useAppInfo } from '../app/app-info';
import { changeLanguage } from '../app/i18n';
import { IdleCountdown } from './IdleCountdown';
import { anyOverlayOpen } from './overlay-store';
import { SiteMessages } from './SiteMessages';
import { useKioskNamespace } from './use-kiosk-namespace';

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;
const REPORT_EVERY_MS = 5000;

/**
 * What holds on every screen while a resident session is open: input in the borne's UI
 * tells the main side the resident is there (a few times a minute, at once while the
 * countdown shows), the countdown itself, the site's messages, and what follows the end
 * of a session (the end screen after the countdown, home after a crash recovery, the
 * centre's default language for the next resident).
 */
export function KioskLayer() {
  const ready = useKioskNamespace();
  useActivityReporter();
  useSessionEndNavigation();
  if (!ready) return null;
  return (
    <>
      <IdleCountdown />
      <SiteMessages />
    </>
  );
}

function useActivityReporter(): void {
  const last = useRef(0);
  useEffect(() => {
    const report = () => {
      const now = Date.now();
      // While a dialog shows (the countdown among them) every input counts at once.
      if (!anyOverlayOpen() && now - last.current < REPORT_EVERY_MS) return;
      last.current = now;
      void api()
        .site.reportActivity()
        .catch(() => undefined);
    };
    for (const name of ACTIVITY_EVENTS)
      window.addEventListener(name, report, { capture: true, passive: true });
    return () => {
      for (const name of ACTIVITY_EVENTS)
        window.removeEventListener(name, report, { capture: true });
    };
  }, []);
}

function useSessionEndNavigation(): void {
  const [, navigate] = useLocation();
  const { languages } = useAppInfo();
  // The site's own "Imprimer" button (window.print) leads to the borne's print screen.
  useEffect(() => api().on('printRequested', () => navigate('/print/page')), [navigate]);
  useEffect(
    () =>
      api().on('sessionEnded', ({ reason }) => {
        // The next resident starts in the centre's language (wipe plan: reset-ui-language).
        void changeLanguage(languages.default);
        if (reason === 'idle') navigate('/fin');
        else if (reason === 'recovered') navigate('/');
      }),
    [navigate, languages.default],
  );
}
