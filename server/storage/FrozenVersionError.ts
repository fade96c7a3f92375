/** A submitted version was to be renamed or removed: it never is. */
export class FrozenVersionError extends Error {
  readonly versionId: string;

  constructor(versionId: string) {
    super(`Version ${versionId} is submitted and frozen`);
    this.name = 'FrozenVersionError';
    this.versionId = versionId;
  }
}
