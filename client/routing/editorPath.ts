export function editorPath(documentId: string): string {
  return `/d/${encodeURIComponent(documentId)}`;
}
