import type { Logger } from '../logging/Logger.ts';
import type { AuditStore } from '../storage/AuditStore.ts';
import type { Actor } from './Actor.ts';

/** What the audit log records, by name. */
export type AuditAction =
  | 'setup'
  | 'login'
  | 'login.failed'
  | 'logout'
  | 'session.revoke'
  | 'password.change'
  | 'user.create'
  | 'user.rename'
  | 'user.disable'
  | 'user.enable'
  | 'user.grantAdmin'
  | 'user.revokeAdmin'
  | 'user.passwordReset'
  | 'user.adminFromEnvironment'
  | 'member.add'
  | 'member.changeRole'
  | 'member.remove'
  | 'document.create'
  | 'document.import'
  | 'document.rename'
  | 'document.delete'
  | 'version.create'
  | 'version.rename'
  | 'version.delete'
  | 'version.restore'
  | 'review.request'
  | 'review.return'
  | 'review.approve';

/**
 * Records who did what, when and from where. A failed write is logged and never fails the
 * action it describes.
 */
export class AuditLog {
  readonly #store: AuditStore;
  readonly #logger: Logger;

  constructor(store: AuditStore, logger: Logger) {
    this.#store = store;
    this.#logger = logger;
  }

  async record(
    actor: Actor,
    action: AuditAction,
    target: string | null = null,
    detail: Record<string, unknown> | null = null,
  ): Promise<void> {
    try {
      await this.#store.append({ actor: actor.user, action, target, detail, ip: actor.ip });
    } catch (error: unknown) {
      this.#logger.error('audit entry not recorded', { action, target, error });
    }
  }
}
