import { useTranslate } from '../i18n/useTranslate.ts';
import { useExternalStore } from '../stores/useExternalStore.ts';
import type { ConnectionTracker } from './ConnectionTracker.ts';

export function ConnectionIndicator({ tracker }: { tracker: ConnectionTracker }) {
  const state = useExternalStore(tracker);
  const t = useTranslate();
  return (
    <span className="status-pill" data-testid="connection-state" data-state={state} role="status">
      <span className="status-dot" aria-hidden />
      {t(`connection.${state}`)}
    </span>
  );
}
