import { useEffect, useState } from 'react';
import type { HelpNeed, Structure } from '../../../src-main/api/contract/directory';
import { api } from '../../app/api';

export interface DirectoryFilters {
  text: string;
  need: HelpNeed | null;
  city: string | null;
}

/** The directory's answer for the current filters; the latest request wins. */
export function useDirectorySearch(filters: DirectoryFilters, round = 0, limit = 30) {
  const [state, setState] = useState<{ total: number; structures: Structure[] } | 'failed' | null>(
    null,
  );
  const { text, need, city } = filters;
  useEffect(() => {
    let current = true;
    api()
      .directory.search({
        text,
        limit,
        ...(need ? { need } : {}),
        ...(city ? { city } : {}),
      })
      .then(
        (result) => current && setState(result),
        () => current && setState('failed'),
      );
    return () => {
      current = false;
    };
  }, [text, need, city, round, limit]);
  return state;
}
