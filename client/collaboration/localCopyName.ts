export function localCopyName(documentId: string): string {
  return `codraft:${documentId}`;
}
