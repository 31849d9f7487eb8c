import { lazy, Suspense, useCallback, useState, type ReactNode } from 'react';
import { ConnectivityProvider } from './data/connectivity';
import { PortalDataProvider, usePortalData } from './data/portal-data';
import { DisplayProvider } from './display/display-settings';
import { PortalSessionProvider } from './session/portal-session';

// Off by default: loaded only where a centre switched the questions on.
const QuestionsDialog = lazy(() => import('./session/QuestionsDialog'));

/**
 * What every resident screen shares: the centre's data, the connectivity picture, the
 * display choices and the session (with its optional questions). Placed around all the
 * routes, so that a session ending on any screen (the shell's site screen included)
 * leads to the end screen.
 */
export function PortalProviders({ children }: { children: ReactNode }) {
  return (
    <DisplayProvider>
      <PortalDataProvider>
        <ConnectivityProvider>
          <SessionWithQuestions>{children}</SessionWithQuestions>
        </ConnectivityProvider>
      </PortalDataProvider>
    </DisplayProvider>
  );
}

function SessionWithQuestions({ children }: { children: ReactNode }) {
  const data = usePortalData();
  const [asking, setAsking] = useState(false);
  const questions = data.status === 'ready' ? data.data.settings.optionalQuestions : null;
  const enabled = Boolean(questions?.enabled && (questions.ageBracket || questions.firstVisit));
  const onStarted = useCallback(() => {
    if (enabled) setAsking(true);
  }, [enabled]);
  return (
    <PortalSessionProvider onStarted={onStarted}>
      {children}
      {asking && questions ? (
        <Suspense fallback={null}>
          <QuestionsDialog questions={questions} onDone={() => setAsking(false)} />
        </Suspense>
      ) : null}
    </PortalSessionProvider>
  );
}
