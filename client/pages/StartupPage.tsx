import { describeApiError } from '../api/describeApiError.ts';
import { useTranslate } from '../i18n/useTranslate.ts';
import { sessionStore } from '../identity/sessionStore.ts';
import { AuthLayout } from '../layout/AuthLayout.tsx';

// While the app asks the server who is logged in, or when it could not ask.
export function StartupPage({ error }: { error?: unknown }) {
  const t = useTranslate();
  const handleRetry = () => void sessionStore.start();
  return (
    <AuthLayout>
      {error === undefined ? (
        <p className="list-hint" data-testid="startup-checking">
          {t('auth.checking')}
        </p>
      ) : (
        <div className="list-error" role="alert" data-testid="startup-error">
          <span>{t('auth.unreachable', { message: describeApiError(error, t) })}</span>
          <button type="button" onClick={handleRetry}>
            {t('auth.retry')}
          </button>
        </div>
      )}
    </AuthLayout>
  );
}
