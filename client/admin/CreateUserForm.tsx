import { useState, type ChangeEvent, type FormEvent } from 'react';
import { ApiRequestError } from '../api/ApiRequestError.ts';
import { describeApiError } from '../api/describeApiError.ts';
import type { NewUserInput } from '../api/usersApi.ts';
import { TextField } from '../forms/TextField.tsx';
import { useTranslate } from '../i18n/useTranslate.ts';
import { validateAccountInput } from '../identity/validateAccountInput.ts';

interface CreateUserFormProps {
  onCreate: (input: NewUserInput) => Promise<void>;
}

export function CreateUserForm({ onCreate }: CreateUserFormProps) {
  const t = useTranslate();
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [isAdmin, setIsAdmin] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<string | null>(null);

  const handleAdminChange = (event: ChangeEvent<HTMLInputElement>) =>
    setIsAdmin(event.target.checked);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setCreated(null);
    const invalid = validateAccountInput({ username, displayName, password });
    if (invalid) {
      setError(t(invalid));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const name = displayName.trim() || username.trim();
      await onCreate({
        username: username.trim(),
        password,
        displayName: displayName.trim() || undefined,
        isAdmin,
      });
      setCreated(name);
      setUsername('');
      setDisplayName('');
      setPassword('');
      setIsAdmin(false);
    } catch (caught: unknown) {
      setError(
        caught instanceof ApiRequestError && caught.status === 409
          ? t('users.usernameTaken', { username: username.trim() })
          : describeApiError(caught, t),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="create-user-form" onSubmit={handleSubmit} noValidate>
      <h2>{t('users.newHeading')}</h2>
      <div className="form-row">
        <TextField
          label={t('field.username')}
          hint={t('field.usernameHint')}
          value={username}
          testId="new-user-username"
          autoComplete="off"
          maxLength={32}
          onChange={setUsername}
        />
        <TextField
          label={t('field.displayName')}
          value={displayName}
          testId="new-user-display-name"
          autoComplete="off"
          maxLength={40}
          onChange={setDisplayName}
        />
        <TextField
          label={t('field.password')}
          hint={t('field.passwordHint')}
          type="password"
          value={password}
          testId="new-user-password"
          autoComplete="new-password"
          onChange={setPassword}
        />
        <label className="checkbox-field">
          <input
            type="checkbox"
            data-testid="new-user-admin"
            checked={isAdmin}
            onChange={handleAdminChange}
          />
          {t('users.isAdmin')}
        </label>
        <button type="submit" className="primary" data-testid="create-user" disabled={busy}>
          {busy ? t('users.creating') : t('users.create')}
        </button>
      </div>
      {error && (
        <p className="form-error" role="alert" data-testid="create-user-error">
          {error}
        </p>
      )}
      {created && (
        <p className="form-success" role="status" data-testid="create-user-done">
          {t('users.created', { name: created })}
        </p>
      )}
    </form>
  );
}
