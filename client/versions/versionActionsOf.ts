import type { VersionKind, VersionSummary } from '../../shared/versions/versionApi.ts';
import type { VersionPermissions } from './versionPermissionsOf.ts';

// Versions the server keeps for the record (the text before a restore, the text sent for
// review); only owners are offered to delete them.
const BACKUP_KINDS: readonly VersionKind[] = ['beforeRestore', 'review'];

export interface VersionActions {
  rename: boolean;
  delete: boolean;
  restore: boolean;
}

// What a version's row offers. Submitted versions are frozen, and so, while in review, is the
// version sent for review (`inReviewVersionId`); versions the server made are named by their
// kind, so renaming them would change nothing shown. The server checks again.
export function versionActionsOf(
  version: VersionSummary,
  permissions: VersionPermissions,
  inReviewVersionId: string | null,
): VersionActions {
  const changeable = permissions.edit && !version.frozen && version.id !== inReviewVersionId;
  const backup = BACKUP_KINDS.includes(version.kind);
  return {
    rename: changeable && version.kind === 'manual',
    delete: changeable && (!backup || permissions.deleteBackups),
    restore: permissions.restore,
  };
}
