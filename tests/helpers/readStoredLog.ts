import path from 'node:path';
import Database from 'better-sqlite3';

/** How a document sits in the server's SQLite file: log entries and whether a state exists. */
export function readStoredLog(
  dataDir: string,
  documentId: string,
): { updates: number; hasState: boolean } {
  const db = new Database(path.join(dataDir, 'codraft.sqlite'), { readonly: true });
  try {
    const { count } = db
      .prepare<[string], { count: number }>(
        'SELECT count(*) AS count FROM document_updates WHERE document_id = ?',
      )
      .get(documentId)!;
    const state = db.prepare('SELECT 1 FROM document_states WHERE document_id = ?').get(documentId);
    return { updates: count, hasState: state !== undefined };
  } finally {
    db.close();
  }
}
