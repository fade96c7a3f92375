import { permissionsOf } from '../../shared/auth/roles.ts';
import type { AccessState } from './reduceAccess.ts';

// Whether the editor accepts typing: the role allows editing and the server has not said otherwise.
export function canEditDocument(access: AccessState): boolean {
  if (access.ended || access.refusedAsReader) return false;
  if (access.isAdmin) return true;
  return access.role ? permissionsOf(access.role).edit : false;
}
