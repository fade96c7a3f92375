import { Router } from 'express';
import { createUserSchema, updateUserSchema } from '../../shared/auth/authApi.ts';
import type { UserService } from '../auth/UserService.ts';
import { parseBody } from './parseBody.ts';
import { requestContext } from './requestContext.ts';

/** `/api/users`: accounts, for administrators (the caller mounts it behind `requireAdmin`). */
export function createUserRouter(users: UserService): Router {
  const router = Router();

  router.get('/', async (_request, response) => {
    response.json(await users.list());
  });

  router.post('/', async (request, response) => {
    const input = parseBody(createUserSchema, request.body);
    response.status(201).json(await users.create(input, requestContext.actor(request)));
  });

  router.patch('/:userId', async (request, response) => {
    const changes = parseBody(updateUserSchema, request.body);
    const updated = await users.update(
      request.params.userId!,
      changes,
      requestContext.requireAuth(request),
      requestContext.actor(request),
    );
    response.json(updated);
  });

  return router;
}
