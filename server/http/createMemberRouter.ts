import { Router, type Request } from 'express';
import { addMemberSchema, changeRoleSchema } from '../../shared/auth/authApi.ts';
import type { MembershipService } from '../auth/MembershipService.ts';
import { parseBody } from './parseBody.ts';
import { requestContext } from './requestContext.ts';
import { requirePermission } from './requirePermission.ts';

/**
 * `/api/documents/:id/members`: every member sees who else belongs; the owner (or an
 * administrator) invites, changes roles and removes. Mounted behind `requireDocumentAccess`.
 */
export function createMemberRouter(members: MembershipService): Router {
  const router = Router({ mergeParams: true });
  const documentId = (request: Request) => requestContext.access(request).document.id;
  const userId = (request: Request) => String(request.params.userId);

  router.get('/', async (request, response) => {
    response.json(await members.list(documentId(request)));
  });

  router.post('/', requirePermission('manageMembers'), async (request, response) => {
    const { username, role } = parseBody(addMemberSchema, request.body);
    const added = await members.add(
      documentId(request),
      username,
      role,
      requestContext.actor(request),
    );
    response.status(201).json(added);
  });

  router.patch('/:userId', requirePermission('manageMembers'), async (request, response) => {
    const { role } = parseBody(changeRoleSchema, request.body);
    const changed = await members.changeRole(
      documentId(request),
      userId(request),
      role,
      requestContext.actor(request),
    );
    response.json(changed);
  });

  router.delete('/:userId', requirePermission('manageMembers'), async (request, response) => {
    await members.remove(documentId(request), userId(request), requestContext.actor(request));
    response.status(204).end();
  });

  return router;
}
