import { useEffect, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import { describeApiError } from '../api/describeApiError.ts';
import { useTranslate } from '../i18n/useTranslate.ts';
import { InviteMemberForm } from './InviteMemberForm.tsx';
import { MemberRow } from './MemberRow.tsx';
import { useMembers } from './useMembers.ts';

interface MembersDialogProps {
  documentId: string;
  selfId: string;
  // The owner and administrators invite and change roles; everyone else reads the list.
  canManage: boolean;
  // Changes when the server announces a membership change, so the list follows it live.
  revision: number;
  onClose: () => void;
}

export function MembersDialog({
  documentId,
  selfId,
  canManage,
  revision,
  onClose,
}: MembersDialogProps) {
  const t = useTranslate();
  const { state, invite, changeRole, remove } = useMembers(documentId, revision);
  const dialogRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const previous = document.activeElement;
    dialogRef.current?.focus();
    return () => {
      if (previous instanceof HTMLElement) previous.focus();
    };
  }, []);

  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') onClose();
  };
  const handleBackdropClick = (event: MouseEvent<HTMLDivElement>) => {
    if (event.target === event.currentTarget) onClose();
  };

  return (
    <div className="dialog-backdrop" onMouseDown={handleBackdropClick}>
      <div
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="members-dialog-title"
        data-testid="members-dialog"
        tabIndex={-1}
        ref={dialogRef}
        onKeyDown={handleKeyDown}
      >
        <header className="dialog-header">
          <h2 id="members-dialog-title">{t('members.heading')}</h2>
          <button
            type="button"
            data-testid="close-members"
            aria-label={t('members.close')}
            onClick={onClose}
          >
            ×
          </button>
        </header>
        {state.status === 'failed' && (
          <p className="list-error" role="alert">
            {t('members.loadFailed', { message: describeApiError(state.error, t) })}
          </p>
        )}
        <ul className="member-list" aria-busy={state.status === 'loading'}>
          {state.items.map((member) => (
            <MemberRow
              key={member.userId}
              member={member}
              isSelf={member.userId === selfId}
              canManage={canManage}
              onChangeRole={changeRole}
              onRemove={remove}
            />
          ))}
        </ul>
        {state.status === 'loading' && state.items.length === 0 && (
          <p className="list-hint">{t('members.loading')}</p>
        )}
        {canManage ? (
          <InviteMemberForm onInvite={invite} />
        ) : (
          <p className="list-hint" data-testid="members-read-only">
            {t('members.readOnlyHint')}
          </p>
        )}
      </div>
    </div>
  );
}
