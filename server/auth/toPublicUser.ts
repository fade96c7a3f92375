import type { PublicUser } from '../../shared/auth/authApi.ts';
import type { StoredUser } from '../storage/UserStore.ts';

/** A user as the API shows them: everything but the password hash. */
export function toPublicUser(user: StoredUser): PublicUser {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    color: user.color,
    isAdmin: user.isAdmin,
    disabled: user.disabled,
    createdAt: user.createdAt,
  };
}
