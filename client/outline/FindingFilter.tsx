import type { Severity } from '../../shared/outline/Finding.ts';
import type { SeverityCounts } from './summarizeFindings.ts';
import { useOutlineTranslate } from './useOutlineTranslate.ts';

export type SeverityFilter = Severity | 'all';

const FILTERS: readonly SeverityFilter[] = ['all', 'error', 'warning', 'info'];

interface FindingFilterProps {
  value: SeverityFilter;
  counts: SeverityCounts;
  onChange: (filter: SeverityFilter) => void;
}

export function FindingFilter({ value, counts, onChange }: FindingFilterProps) {
  const t = useOutlineTranslate();
  const total = counts.error + counts.warning + counts.info;
  return (
    <div className="finding-filter" role="radiogroup" aria-label={t('panel.findings')}>
      {FILTERS.map((filter) => {
        const handleClick = () => onChange(filter);
        return (
          <button
            key={filter}
            type="button"
            role="radio"
            aria-checked={value === filter}
            className={`filter-button filter-${filter}`}
            data-testid="finding-filter"
            data-severity={filter}
            onClick={handleClick}
          >
            {filter === 'all' ? t('filter.all') : t(`severity.${filter}`)}
            <span className="filter-count">{filter === 'all' ? total : counts[filter]}</span>
          </button>
        );
      })}
    </div>
  );
}
