// One local copy per user and document, so that on a shared computer nobody opens another
// account's copy of a report they may not read.
export function localCopyName(documentId: string, userId: string | null): string {
  return userId === null ? `codraft:${documentId}` : `codraft:${userId}:${documentId}`;
}
