import { useState } from 'react';
import type { PublicUser } from '../../shared/auth/authApi.ts';
import { ApiRequestError } from '../api/ApiRequestError.ts';
import { describeApiError } from '../api/describeApiError.ts';
import type { UserChanges } from '../api/usersApi.ts';
import { formatDateTime } from '../i18n/formatDateTime.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { useTranslate } from '../i18n/useTranslate.ts';
import { ResetPasswordForm } from './ResetPasswordForm.tsx';

interface UserRowProps {
  user: PublicUser;
  isSelf: boolean;
  onUpdate: (id: string, changes: UserChanges) => Promise<void>;
}

export function UserRow({ user, isSelf, onUpdate }: UserRowProps) {
  const t = useTranslate();
  const language = useLanguage();
  const [resetting, setResetting] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);

  const update = async (changes: UserChanges) => {
    setBusy(true);
    setMessage(null);
    try {
      await onUpdate(user.id, changes);
    } catch (caught: unknown) {
      const conflict = caught instanceof ApiRequestError && caught.status === 409;
      setMessage({
        kind: 'error',
        text: conflict ? t('users.updateConflict') : describeApiError(caught, t),
      });
    } finally {
      setBusy(false);
    }
  };

  const handleToggleDisabled = () => void update({ disabled: !user.disabled });
  const handleToggleAdmin = () => void update({ isAdmin: !user.isAdmin });
  const handleStartReset = () => {
    setMessage(null);
    setResetting(true);
  };
  const handleCancelReset = () => setResetting(false);
  const handleSavePassword = async (password: string) => {
    await onUpdate(user.id, { password });
    setResetting(false);
    setMessage({ kind: 'success', text: t('users.passwordReset', { name: user.displayName }) });
  };

  return (
    <tr
      data-testid="user-row"
      data-username={user.username}
      data-disabled={user.disabled ? 'true' : 'false'}
      data-admin={user.isAdmin ? 'true' : 'false'}
      className={user.disabled ? 'row-disabled' : undefined}
    >
      <td>
        <div className="user-cell">
          <span className="user-swatch" style={{ backgroundColor: user.color }} aria-hidden />
          <strong>{user.displayName}</strong>
          {isSelf && <span>{t('users.you')}</span>}
        </div>
        <div className="muted">@{user.username}</div>
      </td>
      <td>
        <span className={user.disabled ? 'tag tag-off' : 'tag tag-on'} data-testid="user-status">
          {user.disabled ? t('users.disabled') : t('users.active')}
        </span>
        {user.isAdmin && <span className="tag admin-badge">{t('nav.adminBadge')}</span>}
      </td>
      <td>{formatDateTime(user.createdAt, language)}</td>
      <td className="actions">
        {resetting ? (
          <ResetPasswordForm onSave={handleSavePassword} onCancel={handleCancelReset} />
        ) : (
          <>
            <button
              type="button"
              className={user.disabled ? undefined : 'danger'}
              data-testid="toggle-user-disabled"
              disabled={busy || isSelf}
              onClick={handleToggleDisabled}
            >
              {user.disabled ? t('users.enable') : t('users.disable')}
            </button>
            <button
              type="button"
              data-testid="toggle-user-admin"
              disabled={busy || isSelf}
              onClick={handleToggleAdmin}
            >
              {user.isAdmin ? t('users.revokeAdmin') : t('users.makeAdmin')}
            </button>
            <button
              type="button"
              data-testid="reset-password"
              disabled={busy}
              onClick={handleStartReset}
            >
              {t('users.resetPassword')}
            </button>
          </>
        )}
        {message && (
          <p className={message.kind === 'error' ? 'form-error' : 'form-success'} role="status">
            {message.text}
          </p>
        )}
      </td>
    </tr>
  );
}
