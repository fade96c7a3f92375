import { documentIdSchema } from '../../shared/protocol/documentApi.ts';
import { ROUTE_PATH } from './routePath.ts';

export type Route =
  | { page: 'list' }
  | { page: 'editor'; documentId: string }
  | { page: 'users' }
  | { page: 'audit' }
  | { page: 'sessions' }
  | { page: 'notFound' };

const STATIC_ROUTES: Record<string, Route> = {
  [ROUTE_PATH.users]: { page: 'users' },
  [ROUTE_PATH.audit]: { page: 'audit' },
  [ROUTE_PATH.sessions]: { page: 'sessions' },
};

// `/` is the document list, `/d/<id>` a document's editor, the rest are account and admin pages.
export function matchRoute(path: string): Route {
  if (path === '/' || path === '') return { page: 'list' };
  const staticRoute = STATIC_ROUTES[path.replace(/\/$/, '')];
  if (staticRoute) return staticRoute;
  const match = /^\/d\/([^/]+)\/?$/.exec(path);
  if (match) {
    const documentId = decodeURIComponent(match[1]!);
    if (documentIdSchema.safeParse(documentId).success) return { page: 'editor', documentId };
  }
  return { page: 'notFound' };
}
