import { useState, type FormEvent } from 'react';
import { TextField } from '../forms/TextField.tsx';
import { useTranslate } from '../i18n/useTranslate.ts';
import { describeLoginError } from '../identity/describeLoginError.ts';
import { sessionStore } from '../identity/sessionStore.ts';
import { AuthLayout } from '../layout/AuthLayout.tsx';

// Shown in place of whatever page was asked for, so that after login the user is where they meant
// to go.
export function LoginPage({ expired }: { expired: boolean }) {
  const t = useTranslate();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!username.trim() || !password) {
      setError(t('login.missing'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await sessionStore.login(username.trim(), password);
    } catch (caught: unknown) {
      setError(describeLoginError(caught, t));
      setPassword('');
      setBusy(false);
    }
  };

  return (
    <AuthLayout>
      <form className="auth-form" data-testid="login-page" onSubmit={handleSubmit} noValidate>
        <h1>{t('login.heading')}</h1>
        {expired && (
          <p className="auth-intro" data-testid="login-expired">
            {t('login.expired')}
          </p>
        )}
        <TextField
          label={t('field.username')}
          value={username}
          testId="login-username"
          autoComplete="username"
          autoFocus
          maxLength={64}
          onChange={setUsername}
        />
        <TextField
          label={t('field.password')}
          type="password"
          value={password}
          testId="login-password"
          autoComplete="current-password"
          onChange={setPassword}
        />
        {error && (
          <p className="form-error" role="alert" data-testid="login-error">
            {error}
          </p>
        )}
        <button type="submit" className="primary" data-testid="login-submit" disabled={busy}>
          {busy ? t('login.submitting') : t('login.submit')}
        </button>
      </form>
    </AuthLayout>
  );
}
