import { randomBytes } from 'node:crypto';
import * as Y from 'yjs';
import { DEFAULT_TEMPLATE_ID } from '../../shared/protocol/defaultTemplateId.ts';
import type { DocumentSummary } from '../../shared/protocol/documentApi.ts';
import { CONTENT_FRAGMENT } from '../../shared/schema/nodeNames.ts';
import { writeReportToFragment } from '../../shared/schema/writeReportToFragment.ts';
import type { Report } from '../../shared/schema/Report.ts';
import { getTemplate } from '../../shared/templates/getTemplate.ts';
import { skeletonReport } from '../../shared/templates/skeletonReport.ts';
import type { DocumentRegistry } from '../collab/DocumentRegistry.ts';
import type { Logger } from '../logging/Logger.ts';
import type { DocumentChanges, Storage } from '../storage/Storage.ts';

/** Document lifecycle behind the HTTP API: metadata in storage, content seeded and dropped. */
export class DocumentService {
  readonly #storage: Storage;
  readonly #registry: DocumentRegistry;
  readonly #logger: Logger;

  constructor(storage: Storage, registry: DocumentRegistry, logger: Logger) {
    this.#storage = storage;
    this.#registry = registry;
    this.#logger = logger;
  }

  list(): Promise<DocumentSummary[]> {
    return this.#storage.listDocuments();
  }

  get(id: string): Promise<DocumentSummary | undefined> {
    return this.#storage.getDocument(id);
  }

  /**
   * Creates a document holding `content`; without content, a report created with an explicit
   * template starts as that template's skeleton (title, lead, required sections) and one without
   * as its title alone. `ownerId` becomes its owner in the same step, so no report is ever left
   * without one.
   */
  async create(
    input: { title: string; template?: string; content?: Report },
    ownerId?: string,
  ): Promise<DocumentSummary> {
    const template = input.template ? getTemplate(input.template) : null;
    const content =
      input.content ??
      (template
        ? skeletonReport(input.title, template)
        : { title: input.title, lead: [], sections: [] });
    const doc = new Y.Doc();
    writeReportToFragment(content, doc.getXmlFragment(CONTENT_FRAGMENT));
    const initialState = Y.encodeStateAsUpdate(doc);
    doc.destroy();
    const document = await this.#storage.createDocument({
      id: randomBytes(12).toString('base64url'),
      title: input.title,
      template: input.template ?? DEFAULT_TEMPLATE_ID,
      initialState,
      ownerId,
    });
    this.#logger.info('document created', { documentId: document.id, ownerId });
    return document;
  }

  update(id: string, changes: DocumentChanges): Promise<DocumentSummary | undefined> {
    return this.#storage.updateDocument(id, changes);
  }

  /** Deletes the document and its content; its open sockets are closed as not found. */
  async delete(id: string): Promise<boolean> {
    const existed = await this.#storage.deleteDocument(id);
    await this.#registry.discard(id, 'documentNotFound');
    if (existed) this.#logger.info('document deleted', { documentId: id });
    return existed;
  }
}
