import { useState, type ChangeEvent, type FormEvent } from 'react';
import type { Role } from '../../shared/auth/roles.ts';
import { useTranslate } from '../i18n/useTranslate.ts';
import { describeInviteError } from './describeInviteError.ts';
import { RoleSelect } from './RoleSelect.tsx';
import { ROLE_TEXTS } from './roleTexts.ts';

interface InviteMemberFormProps {
  onInvite: (username: string, role: Role) => Promise<void>;
}

export function InviteMemberForm({ onInvite }: InviteMemberFormProps) {
  const t = useTranslate();
  const [username, setUsername] = useState('');
  const [role, setRole] = useState<Role>('drafter');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);

  const handleUsernameChange = (event: ChangeEvent<HTMLInputElement>) => {
    setUsername(event.target.value);
    setMessage(null);
  };
  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = username.trim();
    if (!trimmed) {
      setMessage({ kind: 'error', text: t('members.usernameRequired') });
      return;
    }
    setBusy(true);
    setMessage(null);
    try {
      await onInvite(trimmed, role);
      setUsername('');
      setMessage({
        kind: 'success',
        text: t('members.invited', { name: trimmed, role: t(ROLE_TEXTS[role].label) }),
      });
    } catch (caught: unknown) {
      setMessage({ kind: 'error', text: describeInviteError(caught, trimmed, t) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="invite-form" onSubmit={handleSubmit} noValidate>
      <h3>{t('members.inviteHeading')}</h3>
      <div className="form-row">
        <input
          data-testid="invite-username"
          aria-label={t('members.inviteUsername')}
          placeholder={t('members.inviteUsername')}
          autoComplete="off"
          spellCheck={false}
          maxLength={64}
          value={username}
          onChange={handleUsernameChange}
        />
        <RoleSelect
          value={role}
          testId="invite-role"
          label={t('members.inviteRole')}
          onChange={setRole}
        />
        <button type="submit" className="primary" data-testid="invite-submit" disabled={busy}>
          {busy ? t('members.inviting') : t('members.invite')}
        </button>
      </div>
      {message && (
        <p
          className={message.kind === 'error' ? 'form-error' : 'form-success'}
          role={message.kind === 'error' ? 'alert' : 'status'}
          data-testid="invite-message"
        >
          {message.text}
        </p>
      )}
    </form>
  );
}
