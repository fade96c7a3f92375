import * as Y from 'yjs';
import type { SectionHierarchy } from '../../shared/locks/SectionHierarchy.ts';
import type { SectionLock } from '../../shared/locks/SectionLock.ts';
import { CONTENT_FRAGMENT, NODE } from '../../shared/schema/nodeNames.ts';
import type { Connection } from '../collab/Connection.ts';
import { sectionHierarchyOf } from './sectionHierarchyOf.ts';

/**
 * The locks of one loaded document, its sockets, and its section tree, rebuilt only after a
 * transaction that changed the section structure (sections added, removed or re-identified).
 */
export class DocumentLocks {
  readonly documentId: string;
  readonly locks = new Map<string, SectionLock>();
  readonly connections = new Set<Connection>();
  /** Since when each user has had no socket on the document (load time for lock holders). */
  readonly absentSince = new Map<string, number>();
  /** The `lastEditAt` last written to storage, by section (ms). */
  readonly storedEditAt = new Map<string, number>();
  timer: NodeJS.Timeout | null = null;
  structureCheck: NodeJS.Immediate | null = null;
  #doc: Y.Doc | null = null;
  #fragment: Y.XmlFragment | null = null;
  #hierarchy: SectionHierarchy | null = null;
  readonly #onStructureChanged: (state: DocumentLocks) => void;

  constructor(documentId: string, onStructureChanged: (state: DocumentLocks) => void) {
    this.documentId = documentId;
    this.#onStructureChanged = onStructureChanged;
  }

  get doc(): Y.Doc | null {
    return this.#doc;
  }

  /** The document's section tree, cached until the structure changes. */
  hierarchy(doc: Y.Doc): SectionHierarchy {
    if (this.#doc !== doc) this.#watch(doc);
    this.#hierarchy ??= sectionHierarchyOf(doc);
    return this.#hierarchy;
  }

  holds(userId: string): boolean {
    for (const lock of this.locks.values()) if (lock.holderId === userId) return true;
    return false;
  }

  isConnected(userId: string): boolean {
    for (const connection of this.connections) {
      if (connection.identity.userId === userId) return true;
    }
    return false;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    if (this.structureCheck) clearImmediate(this.structureCheck);
    this.timer = null;
    this.structureCheck = null;
    this.#doc?.off('afterTransaction', this.#handleTransaction);
    this.#doc = null;
    this.#fragment = null;
    this.#hierarchy = null;
  }

  #watch(doc: Y.Doc): void {
    this.#doc?.off('afterTransaction', this.#handleTransaction);
    this.#doc = doc;
    this.#fragment = doc.getXmlFragment(CONTENT_FRAGMENT);
    this.#hierarchy = null;
    doc.on('afterTransaction', this.#handleTransaction);
  }

  readonly #handleTransaction = (transaction: Y.Transaction): void => {
    if (this.locks.size === 0) {
      this.#hierarchy = null;
      return;
    }
    for (const type of transaction.changed.keys()) {
      const structural =
        (type as unknown) === this.#fragment ||
        (type instanceof Y.XmlElement && type.nodeName === NODE.section);
      if (structural) {
        this.#hierarchy = null;
        this.#onStructureChanged(this);
        return;
      }
    }
  };
}
