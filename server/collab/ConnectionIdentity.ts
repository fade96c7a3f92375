import type { Role } from '../../shared/auth/roles.ts';

/**
 * Who a socket speaks for, established on the upgrade. Mutable: a role change, a removal or a
 * renamed user takes effect on the open socket at once.
 */
export interface ConnectionIdentity {
  userId: string;
  username: string;
  displayName: string;
  color: string;
  /** The login session the socket was opened with; ending it closes the socket. */
  sessionId: string;
  /** The role the socket acts with on its document (administrators act as owner). */
  role: Role;
}
