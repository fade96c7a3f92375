import { useState } from 'react';
import { authApi, type LoginSession } from '../api/authApi.ts';
import { describeApiError } from '../api/describeApiError.ts';
import { useTranslate } from '../i18n/useTranslate.ts';
import { ChangePasswordForm } from '../identity/ChangePasswordForm.tsx';
import { SessionRow } from '../identity/SessionRow.tsx';
import { AppTopBar } from '../layout/AppTopBar.tsx';
import { useAsyncList } from '../stores/useAsyncList.ts';

const byLastSeenDescending = (a: LoginSession, b: LoginSession) =>
  Number(b.current) - Number(a.current) || b.lastSeenAt.localeCompare(a.lastSeenAt);

const loadSessions = async () => [...(await authApi.sessions())].sort(byLastSeenDescending);

// The user's own logins, to end one left open on another computer.
export function SessionsPage() {
  const t = useTranslate();
  const { state, reload } = useAsyncList(loadSessions);
  const [error, setError] = useState<string | null>(null);

  const revoke = async (id: string) => {
    setError(null);
    try {
      await authApi.revokeSession(id);
    } catch (caught: unknown) {
      setError(describeApiError(caught, t));
    }
    await reload();
  };
  const handleRevoke = (id: string) => void revoke(id);

  return (
    <div className="list-page">
      <AppTopBar />
      <main className="list-main wide" data-testid="sessions-page">
        <h1>{t('sessions.heading')}</h1>
        <p className="page-intro">{t('sessions.intro')}</p>
        {state.status === 'failed' && (
          <p className="list-error" role="alert">
            {t('sessions.loadFailed', { message: describeApiError(state.error, t) })}
          </p>
        )}
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <table className="data-table">
          <thead>
            <tr>
              <th>{t('sessions.device')}</th>
              <th>{t('sessions.ip')}</th>
              <th>{t('sessions.createdAt')}</th>
              <th>{t('sessions.lastSeenAt')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {state.items.map((session) => (
              <SessionRow key={session.id} session={session} onRevoke={handleRevoke} />
            ))}
          </tbody>
        </table>
        {state.status === 'loading' && state.items.length === 0 && (
          <p className="list-hint">{t('sessions.loading')}</p>
        )}
        <ChangePasswordForm />
      </main>
    </div>
  );
}
