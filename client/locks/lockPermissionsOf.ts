import { permissionsOf } from '../../shared/auth/roles.ts';
import type { AccessState } from '../collaboration/reduceAccess.ts';

export interface LockPermissions {
  lock: boolean;
  forceRelease: boolean;
}

// Administrators act as owners; the server decides again on every request.
export function lockPermissionsOf(access: AccessState): LockPermissions {
  if (access.ended || access.refusedAsReader) return { lock: false, forceRelease: false };
  if (access.isAdmin) return { lock: true, forceRelease: true };
  if (!access.role) return { lock: false, forceRelease: false };
  const { lock, forceRelease } = permissionsOf(access.role);
  return { lock, forceRelease };
}
