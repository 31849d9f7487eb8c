import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useLocation } from 'wouter';
import { api } from '../../app/api';
import { useAppInfo } from '../../app/app-info';
import { changeLanguage } from '../../app/i18n';
import { stopReadingAloud } from '../../sheets/read-aloud';
import { useDisplay } from '../display/display-settings';

interface PortalSessionValue {
  active: boolean;
  /** Opens the resident session if none is open (first action); may ask the questions. */
  ensure(): Promise<void>;
  /** "J'ai fini": ends the session; the end screen follows. */
  finish(): Promise<void>;
  /** The language the resident used before the session ended (for the end screen). */
  lastLanguage: string | null;
}

const PortalSessionContext = createContext<PortalSessionValue>({
  active: false,
  ensure: () => Promise.resolve(),
  finish: () => Promise.resolve(),
  lastLanguage: null,
});

/**
 * The resident session as the portal sees it. It starts at the resident's first action
 * (a theme, a démarche, a language, a display choice) and ends with "J'ai fini", the
 * shell's "Terminer" or the idle countdown: on `sessionEnded` the portal puts back the
 * centre's language and the default display, stops reading aloud and shows the end screen.
 */
export function PortalSessionProvider({
  children,
  onStarted,
}: {
  children: ReactNode;
  /** A new session just opened (the optional questions hook in here). */
  onStarted?: () => void;
}) {
  const [active, setActive] = useState(false);
  const [lastLanguage, setLastLanguage] = useState<string | null>(null);
  const starting = useRef<Promise<void> | null>(null);
  const [location, navigate] = useLocation();
  const where = useRef(location);
  useEffect(() => {
    where.current = location;
  }, [location]);
  const { reset } = useDisplay();
  const { languages } = useAppInfo();

  useEffect(() => {
    let current = true;
    api()
      .session.current()
      .then(
        (session) => current && setActive(session !== null),
        () => undefined,
      );
    const offStart = api().on('sessionStarted', () => setActive(true));
    const offEnd = api().on('sessionEnded', () => {
      setActive(false);
      starting.current = null;
      stopReadingAloud();
      reset();
      setLastLanguage(document.documentElement.lang);
      void changeLanguage(languages.default);
      // A referent in admin mode stays there; residents see that their data is gone.
      if (!where.current.startsWith('/admin')) navigate('/fin');
    });
    return () => {
      current = false;
      offStart();
      offEnd();
    };
  }, [navigate, reset, languages.default]);

  const ensure = useCallback(async () => {
    if (active) return;
    starting.current ??= api()
      .session.current()
      .then(async (open) => {
        if (open) return;
        await api().session.start();
        onStarted?.();
      })
      .then(() => setActive(true))
      .catch(() => {
        starting.current = null;
      });
    await starting.current;
  }, [active, onStarted]);

  const finish = useCallback(async () => {
    const { ended } = await api().session.end();
    // The event shows the end screen; without it (already ended) go there anyway.
    if (!ended) navigate('/fin');
  }, [navigate]);

  const value = useMemo(
    () => ({ active, ensure, finish, lastLanguage }),
    [active, ensure, finish, lastLanguage],
  );
  return <PortalSessionContext.Provider value={value}>{children}</PortalSessionContext.Provider>;
}

export function usePortalSession(): PortalSessionValue {
  return useContext(PortalSessionContext);
}
