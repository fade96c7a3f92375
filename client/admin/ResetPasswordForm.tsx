import { useState, type ChangeEvent, type FormEvent, type KeyboardEvent } from 'react';
import { passwordSchema } from '../../shared/auth/authApi.ts';
import { describeApiError } from '../api/describeApiError.ts';
import { useTranslate } from '../i18n/useTranslate.ts';

interface ResetPasswordFormProps {
  onSave: (password: string) => Promise<void>;
  onCancel: () => void;
}

export function ResetPasswordForm({ onSave, onCancel }: ResetPasswordFormProps) {
  const t = useTranslate();
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!passwordSchema.safeParse(password).success) {
      setError(t('form.passwordTooShort'));
      return;
    }
    setBusy(true);
    try {
      await onSave(password);
    } catch (caught: unknown) {
      setError(describeApiError(caught, t));
      setBusy(false);
    }
  };
  const handlePasswordChange = (event: ChangeEvent<HTMLInputElement>) => {
    setPassword(event.target.value);
    setError(null);
  };
  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape') onCancel();
  };

  return (
    <form className="inline-form" onSubmit={handleSubmit} noValidate>
      <input
        type="password"
        data-testid="reset-password-input"
        aria-label={t('users.newPassword')}
        placeholder={t('users.newPassword')}
        autoComplete="new-password"
        autoFocus
        maxLength={200}
        value={password}
        onChange={handlePasswordChange}
        onKeyDown={handleKeyDown}
      />
      <button type="submit" data-testid="reset-password-save" disabled={busy}>
        {t('users.save')}
      </button>
      <button type="button" onClick={onCancel}>
        {t('users.cancel')}
      </button>
      {error && (
        <span className="form-error" role="alert">
          {error}
        </span>
      )}
    </form>
  );
}
