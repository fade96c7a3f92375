import type { MemberInfo } from '../../shared/auth/authApi.ts';
import type { Role } from '../../shared/auth/roles.ts';
import { API_ERROR } from '../../shared/protocol/apiErrors.ts';
import { ApiError } from '../http/ApiError.ts';
import type { Storage } from '../storage/Storage.ts';
import type { StoredUser } from '../storage/UserStore.ts';
import type { Actor } from './Actor.ts';
import type { AuditLog } from './AuditLog.ts';
import type { LiveAccess } from './LiveAccess.ts';

function toMemberInfo(user: StoredUser, role: Role): MemberInfo {
  return {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    color: user.color,
    disabled: user.disabled,
    role,
  };
}

const LAST_OWNER = 'A report must keep at least one owner';

/** Members of reports and their roles; every change reaches the report's open sockets at once. */
export class MembershipService {
  readonly #storage: Storage;
  readonly #audit: AuditLog;
  readonly #live: LiveAccess;

  constructor(storage: Storage, audit: AuditLog, live: LiveAccess) {
    this.#storage = storage;
    this.#audit = audit;
    this.#live = live;
  }

  async list(documentId: string): Promise<MemberInfo[]> {
    const members = await this.#storage.members.listForDocument(documentId);
    const infos: MemberInfo[] = [];
    for (const member of members) {
      const user = await this.#storage.users.get(member.userId);
      if (user) infos.push(toMemberInfo(user, member.role));
    }
    return infos;
  }

  /** Invites a user by username; 404 for an unknown user, 409 for a member already there. */
  async add(documentId: string, username: string, role: Role, actor: Actor): Promise<MemberInfo> {
    const user = await this.#storage.users.findByUsername(username);
    if (!user) throw new ApiError(API_ERROR.notFound, `No user ${username}`);
    const added = await this.#storage.members.add(documentId, user.id, role);
    if (added === 'exists') {
      throw new ApiError(API_ERROR.conflict, `${user.username} is already a member`);
    }
    await this.#audit.record(actor, 'member.add', documentId, {
      userId: user.id,
      username: user.username,
      role,
    });
    await this.#announce(documentId, user, role);
    return toMemberInfo(user, role);
  }

  /** 404 when not a member, 409 when the last owner would stop being one. */
  async changeRole(
    documentId: string,
    userId: string,
    role: Role,
    actor: Actor,
  ): Promise<MemberInfo> {
    const previous = await this.#storage.members.roleOf(documentId, userId);
    const changed = await this.#storage.members.changeRole(documentId, userId, role);
    if (changed === 'notMember') throw this.#notMember(userId);
    if (changed === 'lastOwner') throw new ApiError(API_ERROR.conflict, LAST_OWNER);
    const user = await this.#storage.users.get(userId);
    if (!user) throw this.#notMember(userId);
    await this.#audit.record(actor, 'member.changeRole', documentId, {
      userId,
      username: user.username,
      from: previous,
      to: role,
    });
    await this.#announce(documentId, user, role);
    return toMemberInfo(user, role);
  }

  /** 404 when not a member, 409 for the last owner. The member's sockets on it are closed. */
  async remove(documentId: string, userId: string, actor: Actor): Promise<void> {
    const previous = await this.#storage.members.roleOf(documentId, userId);
    const removed = await this.#storage.members.remove(documentId, userId);
    if (removed === 'notMember') throw this.#notMember(userId);
    if (removed === 'lastOwner') throw new ApiError(API_ERROR.conflict, LAST_OWNER);
    const user = await this.#storage.users.get(userId);
    await this.#audit.record(actor, 'member.remove', documentId, {
      userId,
      username: user?.username,
      role: previous,
    });
    if (user) await this.#announce(documentId, user, null);
  }

  async #announce(documentId: string, user: StoredUser, role: Role | null): Promise<void> {
    this.#live.announceMembership(documentId, {
      userId: user.id,
      displayName: user.displayName,
      role,
    });
    await this.#live.refreshUser(user.id, documentId);
  }

  #notMember(userId: string): ApiError {
    return new ApiError(API_ERROR.notFound, `User ${userId} is not a member of this report`);
  }
}
