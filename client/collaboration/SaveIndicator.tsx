import { useTranslate } from '../i18n/useTranslate.ts';
import { useExternalStore } from '../stores/useExternalStore.ts';
import type { SaveTracker } from './SaveTracker.ts';

export function SaveIndicator({ tracker }: { tracker: SaveTracker }) {
  const state = useExternalStore(tracker);
  const t = useTranslate();
  return (
    <span className="save-state" data-testid="save-state" data-state={state} role="status">
      {t(`save.${state}`)}
    </span>
  );
}
