import type { UpgradeAuthorizer } from '../collab/UpgradeAuthorizer.ts';
import type { Storage } from '../storage/Storage.ts';
import type { AuthService } from './AuthService.ts';
import { effectiveRole } from './effectiveRole.ts';
import type { OriginPolicy } from './OriginPolicy.ts';
import { readSessionToken } from './sessionCookie.ts';

/**
 * The socket's checks, in order: an allowed `Origin` (403; a missing one is refused too, since
 * browsers always send it), a valid session cookie (401), an existing document (404), a role on
 * it (403). The accepted socket carries the user and the role.
 */
export function createUpgradeAuthorizer(parts: {
  origins: OriginPolicy;
  auth: AuthService;
  storage: Storage;
}): UpgradeAuthorizer {
  const { origins, auth, storage } = parts;
  return async (request, documentId) => {
    if (!origins.allows(request.headers.origin, request.headers.host)) {
      return { refuse: 403, reason: `origin ${request.headers.origin ?? '(none)'} not allowed` };
    }
    const token = readSessionToken(request.headers.cookie);
    const authenticated = token ? await auth.authenticate(token) : null;
    if (!authenticated) return { refuse: 401, reason: 'no valid session' };
    const { user, session } = authenticated;
    if (!(await storage.getDocument(documentId))) return { refuse: 404, reason: 'no document' };
    const role = effectiveRole(user, await storage.members.roleOf(documentId, user.id));
    if (!role) return { refuse: 403, reason: `user ${user.id} is not a member` };
    return {
      identity: {
        userId: user.id,
        username: user.username,
        displayName: user.displayName,
        color: user.color,
        sessionId: session.id,
        role,
      },
    };
  };
}
