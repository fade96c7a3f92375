import { useTranslate } from '../i18n/useTranslate.ts';
import { THREAD_FILTERS, type ThreadFilter } from './filterThreads.ts';

interface ThreadFilterTabsProps {
  value: ThreadFilter;
  onChange(filter: ThreadFilter): void;
}

// Open, resolved, mine, mentioning me.
export function ThreadFilterTabs({ value, onChange }: ThreadFilterTabsProps) {
  const t = useTranslate();
  return (
    <div className="comments-filter" role="tablist" data-testid="comments-filter">
      {THREAD_FILTERS.map((filter) => (
        <button
          key={filter}
          type="button"
          role="tab"
          aria-selected={filter === value}
          className={filter === value ? 'is-selected' : undefined}
          data-testid={`comments-filter-${filter}`}
          onClick={() => onChange(filter)}
        >
          {t(`comments.filter.${filter}`)}
        </button>
      ))}
    </div>
  );
}
