import type { ApiHandlers } from '../../api/contract';
import type { ResidentSession } from '../resident-session/resident-sessions';
import type { Services } from '../create-services';

const toDto = (session: ResidentSession) => ({
  id: session.id,
  startedAt: new Date(session.startedAtMs).toISOString(),
});

export function createSessionHandlers(services: Services): ApiHandlers['session'] {
  const { sessions } = services;
  return {
    start: () => toDto(sessions.ensureStarted()),
    async end() {
      return { ended: (await sessions.end('finished')) !== null };
    },
    current: () => (sessions.current ? toDto(sessions.current) : null),
  };
}
