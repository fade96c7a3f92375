import { permissionsOf } from '../../shared/auth/roles.ts';
import type { AccessState } from '../collaboration/reduceAccess.ts';

export interface VersionPermissions {
  // Save, rename and delete versions; ask for review.
  edit: boolean;
  // Return or approve a report in review.
  approve: boolean;
  restore: boolean;
  // Delete the backups the server keeps (before a restore, of a review request): owners only.
  deleteBackups: boolean;
}

const NONE: VersionPermissions = {
  edit: false,
  approve: false,
  restore: false,
  deleteBackups: false,
};

// What the versions panel offers; administrators act as owners. The server checks again.
export function versionPermissionsOf(access: AccessState): VersionPermissions {
  if (access.ended) return NONE;
  const role = access.isAdmin ? 'owner' : access.role;
  if (!role) return NONE;
  const permissions = permissionsOf(role);
  return {
    edit: permissions.edit,
    approve: permissions.approve,
    restore: permissions.restoreVersion,
    deleteBackups: permissions.restoreVersion,
  };
}
