/**
 * Worker thread of `WalCheckpointer`: copies the write-ahead log into the database file with a
 * connection of its own, so that the copy and its fsync never stall the event loop.
 */
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import type {
  CheckpointReply,
  CheckpointRequest,
  CheckpointWorkerData,
} from './WalCheckpointer.ts';

const { file, intervalMs } = workerData as CheckpointWorkerData;
const db = new Database(file);
db.pragma('wal_autocheckpoint = 0');

interface CheckpointRow {
  busy: number;
  log: number;
  checkpointed: number;
}

// PASSIVE waits for no reader or writer: what cannot be copied now is copied next time.
const checkpoint = () => (db.pragma('wal_checkpoint(PASSIVE)') as CheckpointRow[])[0]!;

const timer = setInterval(checkpoint, intervalMs);

parentPort!.on('message', (request: CheckpointRequest) => {
  if (request.type === 'stop') {
    clearInterval(timer);
    db.close();
    parentPort!.close();
    return;
  }
  const { log, checkpointed } = checkpoint();
  const reply: CheckpointReply = { id: request.id, walFrames: log, copiedFrames: checkpointed };
  parentPort!.postMessage(reply);
});
