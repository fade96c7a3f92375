import type { LoginSession } from '../api/authApi.ts';
import { formatDateTime } from '../i18n/formatDateTime.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { useTranslate } from '../i18n/useTranslate.ts';
import { describeUserAgent } from './describeUserAgent.ts';

interface SessionRowProps {
  session: LoginSession;
  onRevoke: (id: string) => void;
}

export function SessionRow({ session, onRevoke }: SessionRowProps) {
  const t = useTranslate();
  const language = useLanguage();
  const handleRevoke = () => onRevoke(session.id);
  return (
    <tr data-testid="session-row" data-current={session.current ? 'true' : 'false'}>
      <td title={session.userAgent}>{describeUserAgent(session.userAgent) || '—'}</td>
      <td>{session.ip || '—'}</td>
      <td>{formatDateTime(session.createdAt, language)}</td>
      <td>{formatDateTime(session.lastSeenAt, language)}</td>
      <td className="actions">
        {session.current ? (
          <span className="tag">{t('sessions.current')}</span>
        ) : (
          <button
            type="button"
            className="danger"
            data-testid="revoke-session"
            onClick={handleRevoke}
          >
            {t('sessions.revoke')}
          </button>
        )}
      </td>
    </tr>
  );
}
