import { useTranslate } from '../i18n/useTranslate.ts';
import { useExternalStore } from '../stores/useExternalStore.ts';
import type { PresenceTracker } from './PresenceTracker.ts';

export function PresenceList({ tracker }: { tracker: PresenceTracker }) {
  const users = useExternalStore(tracker);
  const t = useTranslate();
  return (
    <ul className="presence-list" data-testid="presence-list" aria-label={t('presence.label')}>
      {users.map((user) => (
        <li
          key={user.clientId}
          className="presence-user"
          data-testid="presence-user"
          data-self={user.isSelf ? 'true' : 'false'}
          title={user.name}
          style={{ borderColor: user.color }}
        >
          <span className="presence-avatar" style={{ backgroundColor: user.color }} aria-hidden>
            {Array.from(user.name)[0] ?? '?'}
          </span>
          <span className="presence-name">{user.name}</span>
        </li>
      ))}
    </ul>
  );
}
