import { useState, type FormEvent } from 'react';
import { ApiRequestError } from '../api/ApiRequestError.ts';
import { describeApiError } from '../api/describeApiError.ts';
import { TextField } from '../forms/TextField.tsx';
import { useTranslate } from '../i18n/useTranslate.ts';
import { sessionStore } from '../identity/sessionStore.ts';
import { validateAccountInput } from '../identity/validateAccountInput.ts';
import { AuthLayout } from '../layout/AuthLayout.tsx';

// First start on an empty database: whoever installs CoDraft creates the administrator.
export function SetupPage() {
  const t = useTranslate();
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [passwordConfirm, setPasswordConfirm] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const invalid = validateAccountInput({ username, displayName, password, passwordConfirm });
    if (invalid) {
      setError(t(invalid));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await sessionStore.setup({
        username: username.trim(),
        password,
        displayName: displayName.trim() || undefined,
      });
    } catch (caught: unknown) {
      setBusy(false);
      if (caught instanceof ApiRequestError && caught.status === 409) {
        // Someone else finished the setup first: this browser goes to the login page.
        setError(t('setup.alreadyDone'));
        setTimeout(() => void sessionStore.start(), 1500);
        return;
      }
      setError(describeApiError(caught, t));
    }
  };

  return (
    <AuthLayout>
      <form className="auth-form" data-testid="setup-page" onSubmit={handleSubmit} noValidate>
        <h1>{t('setup.heading')}</h1>
        <p className="auth-intro">{t('setup.intro')}</p>
        <TextField
          label={t('field.username')}
          hint={t('field.usernameHint')}
          value={username}
          testId="setup-username"
          autoComplete="username"
          autoFocus
          maxLength={32}
          onChange={setUsername}
        />
        <TextField
          label={t('field.displayName')}
          hint={t('field.displayNameHint')}
          value={displayName}
          testId="setup-display-name"
          autoComplete="name"
          maxLength={40}
          onChange={setDisplayName}
        />
        <TextField
          label={t('field.password')}
          hint={t('field.passwordHint')}
          type="password"
          value={password}
          testId="setup-password"
          autoComplete="new-password"
          onChange={setPassword}
        />
        <TextField
          label={t('field.passwordConfirm')}
          type="password"
          value={passwordConfirm}
          testId="setup-password-confirm"
          autoComplete="new-password"
          onChange={setPasswordConfirm}
        />
        {error && (
          <p className="form-error" role="alert" data-testid="setup-error">
            {error}
          </p>
        )}
        <button type="submit" className="primary" data-testid="setup-submit" disabled={busy}>
          {busy ? t('setup.submitting') : t('setup.submit')}
        </button>
      </form>
    </AuthLayout>
  );
}
