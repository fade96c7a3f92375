import { useState } from 'react';
import type { Role } from '../../shared/auth/roles.ts';
import { ApiRequestError } from '../api/ApiRequestError.ts';
import { describeApiError } from '../api/describeApiError.ts';
import type { Member } from '../api/membersApi.ts';
import { useTranslate } from '../i18n/useTranslate.ts';
import { RoleSelect } from './RoleSelect.tsx';
import { ROLE_TEXTS } from './roleTexts.ts';

interface MemberRowProps {
  member: Member;
  isSelf: boolean;
  canManage: boolean;
  onChangeRole: (userId: string, role: Role) => Promise<void>;
  onRemove: (userId: string) => Promise<void>;
}

export function MemberRow({ member, isSelf, canManage, onChangeRole, onRemove }: MemberRowProps) {
  const t = useTranslate();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (caught: unknown) {
      setError(
        caught instanceof ApiRequestError && caught.status === 409
          ? t('members.lastOwner')
          : t('members.actionFailed', { message: describeApiError(caught, t) }),
      );
    } finally {
      setBusy(false);
    }
  };
  const handleRoleChange = (role: Role) => void run(() => onChangeRole(member.userId, role));
  const handleRemove = () => void run(() => onRemove(member.userId));

  return (
    <li
      className="member-row"
      data-testid="member-row"
      data-username={member.username}
      data-role={member.role}
    >
      <span className="member-name">
        <strong>{member.displayName}</strong>
        {isSelf && t('members.you')}
        <span className="muted"> @{member.username}</span>
        {member.disabled && <span className="tag tag-off">{t('members.disabledUser')}</span>}
      </span>
      {canManage ? (
        <>
          <RoleSelect
            value={member.role}
            testId="member-role-select"
            label={t('members.roleOf', { name: member.displayName })}
            disabled={busy}
            onChange={handleRoleChange}
          />
          <button
            type="button"
            className="danger"
            data-testid="remove-member"
            disabled={busy}
            onClick={handleRemove}
          >
            {t('members.remove')}
          </button>
        </>
      ) : (
        <span
          className="role-badge"
          data-role={member.role}
          title={t(ROLE_TEXTS[member.role].hint)}
        >
          {t(ROLE_TEXTS[member.role].label)}
        </span>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}
