import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { HelpNeed } from '../../../src-main/api/contract/directory';
import { api } from '../../app/api';
import { useApi } from '../../app/use-api';
import type { DirectoryFilters as Filters } from './use-directory-search';

interface DirectoryFiltersProps {
  filters: Filters;
  /** Changes when the directory changed (the referent saved): the choices are reloaded. */
  version?: number;
  onChange(filters: Filters): void;
}

/** Words, a need (big toggle buttons) and a town: the directory's three filters. */
export function DirectoryFilters({ filters, version = 0, onChange }: DirectoryFiltersProps) {
  const { t } = useTranslation('tools');
  const [facets] = useApi(() => api().directory.facets(), String(version));
  const needs: readonly HelpNeed[] = facets.status === 'ready' ? facets.data.needs : [];
  const cities: readonly string[] = facets.status === 'ready' ? facets.data.cities : [];
  const searchId = useId();
  const cityId = useId();
  return (
    <div className="directory-filters">
      <div className="directory-search">
        <label htmlFor={searchId}>{t('directory.searchLabel')}</label>
        <input
          id={searchId}
          type="search"
          value={filters.text}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => onChange({ ...filters, text: event.target.value })}
        />
        <label htmlFor={cityId}>{t('directory.city')}</label>
        <select
          id={cityId}
          value={filters.city ?? ''}
          onChange={(event) => onChange({ ...filters, city: event.target.value || null })}
        >
          <option value="">{t('directory.allCities')}</option>
          {cities.map((city) => (
            <option key={city} value={city}>
              {city}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="need-filter">
        <legend>{t('directory.needLegend')}</legend>
        <div className="need-buttons">
          {needs.map((need) => (
            <button
              key={need}
              type="button"
              className="button button-language"
              aria-pressed={filters.need === need}
              onClick={() => onChange({ ...filters, need: filters.need === need ? null : need })}
            >
              {t(`directory.need.${need}`)}
            </button>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
