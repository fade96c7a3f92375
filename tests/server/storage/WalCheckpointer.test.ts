import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { Logger } from '../../../server/logging/Logger.ts';
import { SqliteStorage } from '../../../server/storage/SqliteStorage.ts';
import { WalCheckpointer } from '../../../server/storage/WalCheckpointer.ts';
import { waitFor } from '../../helpers/waitFor.ts';

const silent = new Logger('silent');
const directories: string[] = [];
let storedReports = 0;

function temporaryDirectory(): string {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'codraft-wal-'));
  directories.push(directory);
  return directory;
}

const sizeOf = (file: string) => (fs.existsSync(file) ? fs.statSync(file).size : 0);

/** Appends about `megabytes` MB of updates, far past SQLite's own 1000-page checkpoint. */
async function fill(storage: SqliteStorage, megabytes: number): Promise<string> {
  const id = `report-${storedReports++}`;
  await storage.createDocument({
    id,
    title: '年度报告',
    template: 'blank',
    initialState: new Uint8Array([0, 0]),
  });
  const update = new Uint8Array(4000).fill(7);
  for (let index = 0; index < megabytes * 250; index++) await storage.appendUpdate(id, update);
  return id;
}

afterEach(() => {
  for (const directory of directories.splice(0)) {
    fs.rmSync(directory, { recursive: true, force: true });
  }
});

describe('WalCheckpointer', () => {
  it('keeps checkpoints off the connection that commits, and copies the log in its worker', async () => {
    const directory = temporaryDirectory();
    const file = path.join(directory, 'codraft.sqlite');
    const storage = new SqliteStorage(directory, {
      synchronous: 'normal',
      walCheckpointIntervalMs: 3_600_000,
      logger: silent,
    });
    try {
      const fileBefore = sizeOf(file);
      const id = await fill(storage, 6);
      // Committing never copied the log: the database file did not grow, the log did.
      expect(sizeOf(file)).toBe(fileBefore);
      expect(sizeOf(`${file}-wal`)).toBeGreaterThan(6_000_000);

      const reply = await storage.checkpoint();
      expect(reply).not.toBeNull();
      expect(reply!.walFrames).toBeGreaterThan(1000);
      expect(reply!.copiedFrames).toBe(reply!.walFrames);
      expect(sizeOf(file)).toBeGreaterThan(6_000_000);

      // Later commits reuse the log from its start instead of growing it.
      const walSize = sizeOf(`${file}-wal`);
      await fill(storage, 2);
      expect(sizeOf(`${file}-wal`)).toBe(walSize);
      // The initial state, then every update.
      expect((await storage.loadContent(id)).updates).toHaveLength(1 + 6 * 250);
    } finally {
      await storage.close();
    }
  });

  it('checkpoints on its own every interval', async () => {
    const directory = temporaryDirectory();
    const file = path.join(directory, 'codraft.sqlite');
    const storage = new SqliteStorage(directory, {
      synchronous: 'normal',
      walCheckpointIntervalMs: 50,
      logger: silent,
    });
    try {
      await fill(storage, 5);
      await waitFor(() => sizeOf(file) > 5_000_000, {
        message: 'the worker to copy the log into the database file',
      });
    } finally {
      await storage.close();
    }
  });

  it('hands checkpoints back to the main connection once stopped', async () => {
    const directory = temporaryDirectory();
    const db = new Database(path.join(directory, 'codraft.sqlite'));
    db.pragma('journal_mode = WAL');
    const checkpointer = new WalCheckpointer(db, { intervalMs: 3_600_000 }, silent);
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    await checkpointer.stop();
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    expect(await checkpointer.checkpoint()).toBeNull();
    db.close();
  });
});
