import { useState, type FormEvent } from 'react';
import { passwordSchema } from '../../shared/auth/authApi.ts';
import { ApiRequestError } from '../api/ApiRequestError.ts';
import { authApi } from '../api/authApi.ts';
import { describeApiError } from '../api/describeApiError.ts';
import { TextField } from '../forms/TextField.tsx';
import { useTranslate } from '../i18n/useTranslate.ts';

// A user replaces the initial password an administrator gave them.
export function ChangePasswordForm() {
  const t = useTranslate();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!passwordSchema.safeParse(next).success) {
      setMessage({ kind: 'error', text: t('form.passwordTooShort') });
      return;
    }
    if (next !== confirm) {
      setMessage({ kind: 'error', text: t('form.passwordMismatch') });
      return;
    }
    setBusy(true);
    setMessage(null);
    try {
      await authApi.changePassword(current, next);
      setCurrent('');
      setNext('');
      setConfirm('');
      setMessage({ kind: 'success', text: t('password.changed') });
    } catch (caught: unknown) {
      const wrong = caught instanceof ApiRequestError && caught.status === 403;
      setMessage({
        kind: 'error',
        text: wrong ? t('password.wrongCurrent') : describeApiError(caught, t),
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="password-form" onSubmit={handleSubmit} noValidate>
      <h2>{t('password.heading')}</h2>
      <div className="form-row">
        <TextField
          label={t('password.current')}
          type="password"
          value={current}
          testId="current-password"
          autoComplete="current-password"
          onChange={setCurrent}
        />
        <TextField
          label={t('password.new')}
          hint={t('field.passwordHint')}
          type="password"
          value={next}
          testId="new-password"
          autoComplete="new-password"
          onChange={setNext}
        />
        <TextField
          label={t('password.confirm')}
          type="password"
          value={confirm}
          testId="new-password-confirm"
          autoComplete="new-password"
          onChange={setConfirm}
        />
        <button type="submit" className="primary" data-testid="change-password" disabled={busy}>
          {busy ? t('password.saving') : t('password.submit')}
        </button>
      </div>
      {message && (
        <p
          className={message.kind === 'error' ? 'form-error' : 'form-success'}
          role={message.kind === 'error' ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      )}
    </form>
  );
}
