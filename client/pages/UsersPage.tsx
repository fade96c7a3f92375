import { useCallback } from 'react';
import type { PublicUser } from '../../shared/auth/authApi.ts';
import { CreateUserForm } from '../admin/CreateUserForm.tsx';
import { UserRow } from '../admin/UserRow.tsx';
import { describeApiError } from '../api/describeApiError.ts';
import { usersApi, type NewUserInput, type UserChanges } from '../api/usersApi.ts';
import { useTranslate } from '../i18n/useTranslate.ts';
import { useCurrentUser } from '../identity/useCurrentUser.ts';
import { AppTopBar } from '../layout/AppTopBar.tsx';
import { useAsyncList } from '../stores/useAsyncList.ts';

const byUsername = (a: PublicUser, b: PublicUser) => a.username.localeCompare(b.username);
const loadUsers = async () => [...(await usersApi.list())].sort(byUsername);

// Administrators open and close the office's accounts here.
export function UsersPage() {
  const t = useTranslate();
  const self = useCurrentUser();
  const { state, reload } = useAsyncList(loadUsers);

  const handleCreate = useCallback(
    async (input: NewUserInput) => {
      await usersApi.create(input);
      await reload();
    },
    [reload],
  );
  const handleUpdate = useCallback(
    async (id: string, changes: UserChanges) => {
      await usersApi.update(id, changes);
      await reload();
    },
    [reload],
  );

  return (
    <div className="list-page">
      <AppTopBar />
      <main className="list-main wide" data-testid="users-page">
        <h1>{t('users.heading')}</h1>
        <CreateUserForm onCreate={handleCreate} />
        {state.status === 'failed' && (
          <p className="list-error" role="alert">
            {t('users.loadFailed', { message: describeApiError(state.error, t) })}
          </p>
        )}
        <table className="data-table">
          <thead>
            <tr>
              <th>{t('users.columnUser')}</th>
              <th>{t('users.columnStatus')}</th>
              <th>{t('users.columnCreatedAt')}</th>
              <th>{t('users.columnActions')}</th>
            </tr>
          </thead>
          <tbody>
            {state.items.map((user) => (
              <UserRow
                key={user.id}
                user={user}
                isSelf={user.id === self?.id}
                onUpdate={handleUpdate}
              />
            ))}
          </tbody>
        </table>
        {state.status === 'loading' && state.items.length === 0 && (
          <p className="list-hint">{t('users.loading')}</p>
        )}
      </main>
    </div>
  );
}
