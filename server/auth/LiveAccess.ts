import { encodeCustomMessage } from '../../shared/protocol/customMessageCodec.ts';
import type { MembershipChangedPayload } from '../../shared/protocol/customMessages.ts';
import { MESSAGE } from '../../shared/protocol/messageTypes.ts';
import type { Connection } from '../collab/Connection.ts';
import type { DocumentRegistry } from '../collab/DocumentRegistry.ts';
import type { Logger } from '../logging/Logger.ts';
import type { Storage } from '../storage/Storage.ts';
import { effectiveRole } from './effectiveRole.ts';

/**
 * Carries changes of users, sessions and memberships to the sockets already open, so that they
 * take effect at once rather than on the next connect.
 */
export class LiveAccess {
  readonly #registry: DocumentRegistry;
  readonly #storage: Storage;
  readonly #logger: Logger;

  constructor(registry: DocumentRegistry, storage: Storage, logger: Logger) {
    this.#registry = registry;
    this.#storage = storage;
    this.#logger = logger;
  }

  /** Closes the sockets opened with these sessions as unauthenticated. */
  closeSessions(sessionIds: readonly string[]): void {
    if (sessionIds.length === 0) return;
    const ended = new Set(sessionIds);
    for (const connection of this.#connections()) {
      if (!ended.has(connection.identity.sessionId)) continue;
      this.#logger.info('closing socket of an ended session', this.#context(connection));
      connection.close('unauthenticated');
    }
  }

  /**
   * Gives the user's open sockets (on one document, or all) the user's current name and role:
   * a disabled user's are closed as unauthenticated, one no longer allowed on its document as
   * forbidden.
   */
  async refreshUser(userId: string, documentId?: string): Promise<void> {
    const connections = [...this.#connections()].filter(
      (connection) =>
        connection.identity.userId === userId &&
        (documentId === undefined || connection.documentId === documentId),
    );
    if (connections.length === 0) return;
    const user = await this.#storage.users.get(userId);
    const roles = await this.#storage.members.rolesOfUser(userId);
    for (const connection of connections) {
      if (!user || user.disabled) {
        this.#logger.info('closing socket of a disabled user', this.#context(connection));
        connection.close('unauthenticated');
        continue;
      }
      const role = effectiveRole(user, roles.get(connection.documentId));
      if (!role) {
        this.#logger.info('closing socket of a removed member', this.#context(connection));
        connection.close('forbidden');
        continue;
      }
      connection.identity.role = role;
      connection.identity.displayName = user.displayName;
      connection.identity.color = user.color;
    }
  }

  /** Tells every socket on the document that said hello about a member added, changed or removed. */
  announceMembership(documentId: string, change: MembershipChangedPayload): void {
    const message = encodeCustomMessage(MESSAGE.membershipChanged, change);
    for (const connection of this.#connections()) {
      if (connection.documentId === documentId && connection.saidHello) connection.send(message);
    }
  }

  *#connections(): IterableIterator<Connection> {
    for (const document of this.#registry.loadedDocuments()) yield* document.connections;
  }

  #context(connection: Connection): Record<string, unknown> {
    return {
      connection: connection.id,
      documentId: connection.documentId,
      userId: connection.identity.userId,
    };
  }
}
