import { Router, type Request, type Response } from 'express';
import {
  changePasswordSchema,
  loginSchema,
  setupSchema,
  type MeResponse,
} from '../../shared/auth/authApi.ts';
import type { AuthService, ClientInfo } from '../auth/AuthService.ts';
import { sessionCookie } from '../auth/sessionCookie.ts';
import type { StoredSession } from '../storage/SessionStore.ts';
import type { StoredUser } from '../storage/UserStore.ts';
import { toPublicUser } from '../auth/toPublicUser.ts';
import { parseBody } from './parseBody.ts';
import { requestContext } from './requestContext.ts';

function meOf(user: StoredUser, session: StoredSession): MeResponse {
  return { user: toPublicUser(user), session: { id: session.id, expiresAt: session.expiresAt } };
}

function clientOf(request: Request): ClientInfo {
  return { ip: request.ip ?? null, userAgent: request.get('user-agent') ?? null };
}

/**
 * First-run setup, login and logout, the current user and their sessions:
 * `/api/setup`, `/api/session`, `/api/me`, `/api/me/password`, `/api/sessions`.
 */
export function createAuthRouter(auth: AuthService, sessionTtlMs: number): Router {
  const router = Router();
  const setCookie = (request: Request, response: Response, token: string | null) => {
    response.append(
      'Set-Cookie',
      sessionCookie(token, { maxAgeMs: sessionTtlMs, secure: request.secure }),
    );
  };

  router.get('/setup', async (_request, response) => {
    response.json({ needsSetup: await auth.needsSetup() });
  });

  router.post('/setup', async (request, response) => {
    const input = parseBody(setupSchema, request.body);
    const { user, session, token } = await auth.setup(input, clientOf(request));
    setCookie(request, response, token);
    response.status(201).json(meOf(user, session));
  });

  router.post('/session', async (request, response) => {
    const { username, password } = parseBody(loginSchema, request.body);
    const { user, session, token } = await auth.login(username, password, clientOf(request));
    setCookie(request, response, token);
    response.status(201).json(meOf(user, session));
  });

  // Logging out without a session is not an error: the cookie is gone either way.
  router.delete('/session', async (request, response) => {
    const current = requestContext.auth(request);
    if (current) await auth.logout(current.session, requestContext.actor(request));
    setCookie(request, response, null);
    response.status(204).end();
  });

  router.get('/me', (request, response) => {
    const { user, session } = requestContext.requireAuth(request);
    response.json(meOf(user, session));
  });

  router.post('/me/password', async (request, response) => {
    const current = requestContext.requireAuth(request);
    const { currentPassword, newPassword } = parseBody(changePasswordSchema, request.body);
    await auth.changePassword(current, currentPassword, newPassword, requestContext.actor(request));
    response.status(204).end();
  });

  router.get('/sessions', async (request, response) => {
    const { user, session } = requestContext.requireAuth(request);
    response.json(await auth.listSessions(user.id, session.id));
  });

  router.delete('/sessions/:sessionId', async (request, response) => {
    const { user, session } = requestContext.requireAuth(request);
    const sessionId = request.params.sessionId!;
    await auth.revokeSession(user.id, sessionId, requestContext.actor(request));
    if (sessionId === session.id) setCookie(request, response, null);
    response.status(204).end();
  });

  return router;
}
