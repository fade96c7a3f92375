/** Thrown when a document id is well formed but no such document exists. */
export class DocumentNotFoundError extends Error {
  constructor(readonly documentId: string) {
    super(`Document ${documentId} does not exist`);
    this.name = 'DocumentNotFoundError';
  }
}
