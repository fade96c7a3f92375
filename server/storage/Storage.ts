import type { DocumentSummary } from '../../shared/protocol/documentApi.ts';
import type { AuditStore } from './AuditStore.ts';
import type { CommentStore } from './CommentStore.ts';
import type { LockStore } from './LockStore.ts';
import type { MemberStore } from './MemberStore.ts';
import type { SessionStore } from './SessionStore.ts';
import type { UserStore } from './UserStore.ts';
import type { VersionStore } from './VersionStore.ts';

export interface NewDocument {
  id: string;
  title: string;
  template: string;
  /** Encoded Yjs state the document starts with. */
  initialState: Uint8Array;
  /** User made the report's owner together with its creation. */
  ownerId?: string;
}

export interface DocumentChanges {
  title?: string;
  template?: string;
}

/** What was stored of one document's content: its compacted state, then the log after it. */
export interface StoredContent {
  updates: Uint8Array[];
  /** Id of the newest log entry included, 0 when the log is empty. */
  lastUpdateId: number;
  /** Log entries after the compacted state. */
  logLength: number;
}

/**
 * Where documents and their Yjs content live. Asynchronous so that a networked store can
 * implement it; the SQLite implementation does its work synchronously inside each call.
 */
export interface Storage {
  readonly users: UserStore;
  readonly sessions: SessionStore;
  readonly members: MemberStore;
  readonly audit: AuditStore;
  readonly locks: LockStore;
  readonly comments: CommentStore;
  readonly versions: VersionStore;
  listDocuments(): Promise<DocumentSummary[]>;
  getDocument(id: string): Promise<DocumentSummary | undefined>;
  createDocument(document: NewDocument): Promise<DocumentSummary>;
  /** Undefined when the document does not exist. */
  updateDocument(id: string, changes: DocumentChanges): Promise<DocumentSummary | undefined>;
  /** Removes the document and all its content; false when it did not exist. */
  deleteDocument(id: string): Promise<boolean>;
  loadContent(id: string): Promise<StoredContent>;
  /** Appends one update to the document's log; resolves with the new entry's id. */
  appendUpdate(id: string, update: Uint8Array): Promise<number>;
  /** Replaces the log entries up to `upToUpdateId` with `state`, atomically. */
  compact(id: string, state: Uint8Array, upToUpdateId: number): Promise<void>;
  /** Gives back cached pages; called once no document is loaded. */
  releaseMemory(): void;
  close(): Promise<void>;
}
