import type Database from 'better-sqlite3';
import type { ReviewEvent, ReviewStatus, VersionKind } from '../../shared/versions/versionApi.ts';
import { SUMMARY_COLUMNS, type EventRow, type FrozenRow, type VersionRow } from './versionRows.ts';

/** The prepared statements of `SqliteVersionStore`. */
export function versionStatements(db: Database.Database) {
  return {
    list: db.prepare<[string], VersionRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM versions WHERE document_id = ?
       ORDER BY created_at DESC, rowid DESC`,
    ),
    get: db.prepare<[string, string], VersionRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM versions WHERE document_id = ? AND id = ?`,
    ),
    state: db.prepare<[string, string], { state: Buffer }>(
      'SELECT state FROM versions WHERE document_id = ? AND id = ?',
    ),
    frozen: db.prepare<[string, string], FrozenRow>(
      `SELECT frozen, findings, template_id, frozen_text FROM versions
       WHERE document_id = ? AND id = ?`,
    ),
    hasContent: db.prepare<[string, string], { found: number }>(
      'SELECT 1 AS found FROM versions WHERE document_id = ? AND content_hash = ? LIMIT 1',
    ),
    contentHash: db.prepare<[string, string], { content_hash: string }>(
      'SELECT content_hash FROM versions WHERE document_id = ? AND id = ?',
    ),
    insert: db.prepare(
      `INSERT INTO versions (id, document_id, name, kind, author_id, author_name, created_at,
       state, size, characters, outline_errors, outline_warnings, content_hash, frozen, sha256,
       open_thread_count, findings, template_id, frozen_text)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    countOfKind: db.prepare<[string, VersionKind], { count: number }>(
      'SELECT count(*) AS count FROM versions WHERE document_id = ? AND kind = ?',
    ),
    pruneKind: db.prepare<[string, VersionKind, string, VersionKind, number]>(
      `DELETE FROM versions WHERE document_id = ? AND kind = ? AND frozen = 0 AND rowid NOT IN (
         SELECT rowid FROM versions WHERE document_id = ? AND kind = ?
         ORDER BY created_at DESC, rowid DESC LIMIT ?)`,
    ),
    rename: db.prepare('UPDATE versions SET name = ? WHERE document_id = ? AND id = ?'),
    delete: db.prepare('DELETE FROM versions WHERE document_id = ? AND id = ?'),
    countFrozen: db.prepare<[string], { count: number }>(
      'SELECT count(*) AS count FROM versions WHERE document_id = ? AND frozen = 1',
    ),
    newestFrozen: db.prepare<[string], VersionRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM versions WHERE document_id = ? AND frozen = 1
       ORDER BY created_at DESC, rowid DESC LIMIT 1`,
    ),
    status: db.prepare<[string], { status: ReviewStatus }>(
      'SELECT status FROM review_states WHERE document_id = ?',
    ),
    putStatus: db.prepare(
      `INSERT INTO review_states (document_id, status, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (document_id) DO UPDATE SET status = excluded.status,
       updated_at = excluded.updated_at`,
    ),
    events: db.prepare<[string], EventRow>(
      'SELECT * FROM review_events WHERE document_id = ? ORDER BY id',
    ),
    newestEvent: db.prepare<[string, ReviewEvent['action']], EventRow>(
      'SELECT * FROM review_events WHERE document_id = ? AND action = ? ORDER BY id DESC LIMIT 1',
    ),
    insertEvent: db.prepare(
      `INSERT INTO review_events (document_id, action, user_id, user_name, at, comment,
       version_id, changed_since_request) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
  };
}
