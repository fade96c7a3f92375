import { useCallback, useEffect } from 'react';
import type { Role } from '../../shared/auth/roles.ts';
import { membersApi, type Member } from '../api/membersApi.ts';
import { useAsyncList } from '../stores/useAsyncList.ts';
import { ROLES } from '../../shared/auth/roles.ts';

const byRoleThenName = (a: Member, b: Member) =>
  ROLES.indexOf(a.role) - ROLES.indexOf(b.role) ||
  a.displayName.localeCompare(b.displayName, 'zh-CN');

// The members of one report; `revision` changes when the server announces a membership change.
export function useMembers(documentId: string, revision: number) {
  const load = useCallback(
    async () => [...(await membersApi.list(documentId))].sort(byRoleThenName),
    [documentId],
  );
  const { state, reload } = useAsyncList(load);

  useEffect(() => {
    if (revision > 0) void reload();
  }, [revision, reload]);

  const invite = useCallback(
    async (username: string, role: Role) => {
      await membersApi.add(documentId, username, role);
      await reload();
    },
    [documentId, reload],
  );
  const changeRole = useCallback(
    async (userId: string, role: Role) => {
      await membersApi.changeRole(documentId, userId, role);
      await reload();
    },
    [documentId, reload],
  );
  const remove = useCallback(
    async (userId: string) => {
      await membersApi.remove(documentId, userId);
      await reload();
    },
    [documentId, reload],
  );

  return { state, invite, changeRole, remove };
}
