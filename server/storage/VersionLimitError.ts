/** A report already has as many versions of a kind as it may keep; answered 409. */
export class VersionLimitError extends Error {
  readonly limit: number;

  constructor(limit: number) {
    super(`A report keeps at most ${limit} versions of this kind`);
    this.name = 'VersionLimitError';
    this.limit = limit;
  }
}
