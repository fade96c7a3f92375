import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqliteVersionStore } from '../../../server/storage/SqliteVersionStore.ts';
import { VersionLimitError } from '../../../server/storage/VersionLimitError.ts';
import type { NewVersion } from '../../../server/storage/VersionStore.ts';
import { versionRetention } from '../../../server/versions/versionRetention.ts';
import type { VersionKind } from '../../../shared/versions/versionApi.ts';

let counter = 0;

function version(kind: VersionKind, frozen = false): NewVersion {
  counter += 1;
  return {
    id: `v${counter}`,
    documentId: 'doc',
    name: `版本${counter}`,
    kind,
    authorId: null,
    authorName: '系统',
    createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, counter)).toISOString(),
    state: new Uint8Array([0, 0]),
    characters: 0,
    outline: { errors: 0, warnings: 0 },
    contentHash: `hash${counter}`,
    submission: frozen
      ? { sha256: 'x', openThreadCount: 0, findings: [], templateId: 't', text: 'x\n' }
      : null,
  };
}

describe('version retention', () => {
  let db: Database.Database;
  let store: SqliteVersionStore;

  beforeEach(() => {
    db = new Database(':memory:');
    db.exec("CREATE TABLE documents (id TEXT PRIMARY KEY); INSERT INTO documents VALUES ('doc');");
    store = new SqliteVersionStore(db);
  });
  afterEach(() => db.close());

  it('keeps the newest 50 automatic versions, leaving other kinds alone', async () => {
    const manual = await store.create(version('manual'));
    const submitted = await store.create(version('submitted', true));
    const autos: string[] = [];
    for (let index = 0; index < 55; index++) {
      autos.push((await store.create(version('auto'), versionRetention.auto)).id);
    }
    const kept = await store.list('doc');
    expect(kept.filter((entry) => entry.kind === 'auto').map((entry) => entry.id)).toEqual(
      autos.slice(5).reverse(),
    );
    expect(kept.map((entry) => entry.id)).toContain(manual.id);
    expect(kept.map((entry) => entry.id)).toContain(submitted.id);
    expect(await store.newestFrozen('doc')).toMatchObject({ id: submitted.id });
  });

  it('refuses a manual version beyond the limit', async () => {
    for (let index = 0; index < 3; index++) await store.create(version('manual'), { limit: 3 });
    await expect(store.create(version('manual'), { limit: 3 })).rejects.toBeInstanceOf(
      VersionLimitError,
    );
    expect(await store.list('doc')).toHaveLength(3);
    expect(versionRetention.manual?.limit).toBe(500);
  });
});
