import type { RequestHandler } from 'express';
import type { AuthService } from '../auth/AuthService.ts';
import { readSessionToken, sessionCookie } from '../auth/sessionCookie.ts';
import { requestContext } from './requestContext.ts';

/**
 * Finds the session of the request's cookie. A cookie that names no valid session is removed;
 * one whose session just slid gets the new lifetime.
 */
export function loadSession(auth: AuthService, sessionTtlMs: number): RequestHandler {
  return async (request, response, next) => {
    const token = readSessionToken(request.headers.cookie);
    if (!token) return next();
    const authenticated = await auth.authenticate(token);
    const cookieOptions = { maxAgeMs: sessionTtlMs, secure: request.secure };
    if (!authenticated) {
      response.append('Set-Cookie', sessionCookie(null, cookieOptions));
      return next();
    }
    requestContext.setAuth(request, authenticated);
    if (authenticated.renewed) response.append('Set-Cookie', sessionCookie(token, cookieOptions));
    next();
  };
}
