import { documentIdSchema } from '../../shared/protocol/documentApi.ts';

export type Route =
  { page: 'list' } | { page: 'editor'; documentId: string } | { page: 'notFound' };

// `/` is the document list, `/d/<id>` a document's editor.
export function matchRoute(path: string): Route {
  if (path === '/' || path === '') return { page: 'list' };
  const match = /^\/d\/([^/]+)\/?$/.exec(path);
  if (match) {
    const documentId = decodeURIComponent(match[1]!);
    if (documentIdSchema.safeParse(documentId).success) return { page: 'editor', documentId };
  }
  return { page: 'notFound' };
}
