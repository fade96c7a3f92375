import type { PublicUser } from '../../shared/auth/authApi.ts';
import { API_ERROR } from '../../shared/protocol/apiErrors.ts';
import { ApiError } from '../http/ApiError.ts';
import type { Storage } from '../storage/Storage.ts';
import type { Actor } from './Actor.ts';
import type { AuditAction, AuditLog } from './AuditLog.ts';
import type { Authenticated, AuthService } from './AuthService.ts';
import { hashPassword } from './hashPassword.ts';
import type { LiveAccess } from './LiveAccess.ts';
import { toPublicUser } from './toPublicUser.ts';

export interface UserUpdate {
  displayName?: string;
  disabled?: boolean;
  isAdmin?: boolean;
  password?: string;
}

/** What administrators do to accounts. Users are disabled, never deleted, so the audit log keeps its names. */
export class UserService {
  readonly #storage: Storage;
  readonly #auth: AuthService;
  readonly #audit: AuditLog;
  readonly #live: LiveAccess;

  constructor(storage: Storage, auth: AuthService, audit: AuditLog, live: LiveAccess) {
    this.#storage = storage;
    this.#auth = auth;
    this.#audit = audit;
    this.#live = live;
  }

  async list(): Promise<PublicUser[]> {
    return (await this.#storage.users.list()).map(toPublicUser);
  }

  async create(
    input: { username: string; password: string; displayName?: string; isAdmin?: boolean },
    actor: Actor,
  ): Promise<PublicUser> {
    return toPublicUser(await this.#auth.createUser(input, actor));
  }

  /**
   * Changes an account. An administrator cannot disable themselves, and the last enabled
   * administrator cannot lose that (409). Disabling or a password reset ends the user's sessions
   * and closes their sockets.
   */
  async update(
    id: string,
    changes: UserUpdate,
    requester: Authenticated,
    actor: Actor,
  ): Promise<PublicUser> {
    if (changes.disabled === true && id === requester.user.id) {
      throw new ApiError(API_ERROR.conflict, 'You cannot disable your own account');
    }
    const before = await this.#storage.users.get(id);
    if (!before) throw new ApiError(API_ERROR.notFound, `No user ${id}`);
    const result = await this.#storage.users.update(id, {
      displayName: changes.displayName,
      disabled: changes.disabled,
      isAdmin: changes.isAdmin,
      passwordHash:
        changes.password === undefined ? undefined : await hashPassword(changes.password),
    });
    if (result === 'notFound') throw new ApiError(API_ERROR.notFound, `No user ${id}`);
    if (result === 'lastAdmin') {
      throw new ApiError(
        API_ERROR.conflict,
        'CoDraft must keep at least one enabled administrator',
      );
    }

    const audit = (action: AuditAction, detail: Record<string, unknown> = {}) =>
      this.#audit.record(actor, action, result.username, { userId: id, ...detail });
    if (result.displayName !== before.displayName) {
      await audit('user.rename', { from: before.displayName, to: result.displayName });
    }
    if (result.disabled !== before.disabled) {
      await audit(result.disabled ? 'user.disable' : 'user.enable');
    }
    if (result.isAdmin !== before.isAdmin) {
      await audit(result.isAdmin ? 'user.grantAdmin' : 'user.revokeAdmin');
    }
    if (changes.password !== undefined) await audit('user.passwordReset');

    if (result.disabled && !before.disabled) await this.#auth.endSessionsOf(id);
    if (changes.password !== undefined) {
      await this.#auth.endSessionsOf(
        id,
        id === requester.user.id ? requester.session.id : undefined,
      );
    }
    await this.#live.refreshUser(id);
    return toPublicUser(result);
  }
}
