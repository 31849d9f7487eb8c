import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { useApi } from '../../app/use-api';
import { createLabeller, type FigureLabeller } from './labels';

/** Labels for the figures, with the démarches' and themes' titles from the catalogue. */
export function useLabeller(): FigureLabeller {
  const { t, i18n } = useTranslation('stats');
  const [catalogue] = useApi(() => api().catalogue.get());
  const data = catalogue.status === 'ready' ? catalogue.data : null;
  return useMemo(() => createLabeller(t, i18n.language, data), [t, i18n.language, data]);
}
