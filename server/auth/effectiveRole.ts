import type { Role } from '../../shared/auth/roles.ts';

/** The role a user acts with on a report: administrators act as owner everywhere. */
export function effectiveRole(
  user: { isAdmin: boolean },
  memberRole: Role | undefined,
): Role | null {
  if (user.isAdmin) return 'owner';
  return memberRole ?? null;
}
