import { useCallback, useEffect, useRef, useState } from 'react';
import { isApiFailure } from './api';
import type { BorneApiFailure } from '../../src-main/api/contract/errors';

export type ApiState<T> =
  | { status: 'loading' }
  | { status: 'ready'; data: T }
  | { status: 'failed'; failure: BorneApiFailure };

/**
 * Loads one API result for a component, and reloads it on demand or when `key` changes
 * (e.g. the id of the démarche shown). The latest `load` is always the one called.
 */
export function useApi<T>(load: () => Promise<T>, key = ''): [ApiState<T>, () => void] {
  const [state, setState] = useState<ApiState<T>>({ status: 'loading' });
  const [round, setRound] = useState(0);
  const latestLoad = useRef(load);
  useEffect(() => {
    latestLoad.current = load;
  });

  useEffect(() => {
    let current = true;
    latestLoad.current().then(
      (data) => current && setState({ status: 'ready', data }),
      (error: unknown) => current && setState({ status: 'failed', failure: asFailure(error) }),
    );
    return () => {
      current = false;
    };
  }, [key, round]);

  return [state, useCallback(() => setRound((value) => value + 1), [])];
}

function asFailure(error: unknown): BorneApiFailure {
  if (isApiFailure(error)) return error;
  return { name: 'BorneApiError', method: '?', code: 'internal', message: String(error) };
}
