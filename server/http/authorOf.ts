import type { Request } from 'express';
import type { VersionAuthor } from '../versions/buildVersion.ts';
import { requestContext } from './requestContext.ts';

/** The signed-in user, as the author of a version or a review step. */
export function authorOf(request: Request): VersionAuthor {
  const { user } = requestContext.requireAuth(request);
  return { id: user.id, name: user.displayName };
}
