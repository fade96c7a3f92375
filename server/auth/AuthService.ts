import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { SessionInfo } from '../../shared/auth/authApi.ts';
import { API_ERROR } from '../../shared/protocol/apiErrors.ts';
import { ApiError } from '../http/ApiError.ts';
import { RateLimitedError } from '../http/RateLimitedError.ts';
import type { Logger } from '../logging/Logger.ts';
import type { StoredSession } from '../storage/SessionStore.ts';
import type { Storage } from '../storage/Storage.ts';
import type { StoredUser } from '../storage/UserStore.ts';
import { SYSTEM_ACTOR, type Actor } from './Actor.ts';
import type { AuditLog } from './AuditLog.ts';
import { hashPassword, verifyPassword } from './hashPassword.ts';
import type { LiveAccess } from './LiveAccess.ts';
import { LoginRateLimiter, type RateLimits } from './LoginRateLimiter.ts';
import { pickUserColor } from './pickUserColor.ts';

export interface AuthOptions {
  sessionTtlMs: number;
  rateLimits: RateLimits;
}

/** Where a login comes from, kept with its session. */
export interface ClientInfo {
  ip: string | null;
  userAgent: string | null;
}

/** A valid session and its user; `renewed` when its expiry just moved and the cookie should too. */
export interface Authenticated {
  user: StoredUser;
  session: StoredSession;
  renewed: boolean;
}

/** A new session: the token goes into the cookie and is never stored. */
export interface LoggedIn {
  user: StoredUser;
  session: StoredSession;
  token: string;
}

const ADMIN_USERNAME = 'admin';
// Touching a session on every request would write on every request; once a minute is enough.
const TOUCH_INTERVAL_MS = 60_000;

const INVALID_LOGIN = 'Wrong username or password';

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Accounts, passwords and login sessions. */
export class AuthService {
  readonly #storage: Storage;
  readonly #audit: AuditLog;
  readonly #live: LiveAccess;
  readonly #options: AuthOptions;
  readonly #logger: Logger;
  readonly #limiter: LoginRateLimiter;
  // Unknown users are checked against this, so a miss costs as long as a wrong password.
  #dummyHash: Promise<string> | null = null;

  constructor(
    storage: Storage,
    audit: AuditLog,
    live: LiveAccess,
    options: AuthOptions,
    logger: Logger,
  ) {
    this.#storage = storage;
    this.#audit = audit;
    this.#live = live;
    this.#options = options;
    this.#logger = logger;
    this.#limiter = new LoginRateLimiter(options.rateLimits);
  }

  /** CODRAFT_ADMIN_PASSWORD: user `admin` exists, is an enabled administrator, has this password. */
  async ensureAdmin(password: string): Promise<void> {
    const existing = await this.#storage.users.findByUsername(ADMIN_USERNAME);
    if (!existing) {
      await this.createUser({ username: ADMIN_USERNAME, password, isAdmin: true }, SYSTEM_ACTOR);
      this.#logger.info('administrator created from CODRAFT_ADMIN_PASSWORD');
      return;
    }
    const passwordMatches = await verifyPassword(password, existing.passwordHash);
    if (passwordMatches && existing.isAdmin && !existing.disabled) return;
    await this.#storage.users.update(existing.id, {
      isAdmin: true,
      disabled: false,
      passwordHash: passwordMatches ? undefined : await hashPassword(password),
    });
    await this.#audit.record(SYSTEM_ACTOR, 'user.adminFromEnvironment', existing.username, {
      passwordChanged: !passwordMatches,
    });
    this.#logger.info('administrator updated from CODRAFT_ADMIN_PASSWORD');
  }

  async needsSetup(): Promise<boolean> {
    return (await this.#storage.users.count()) === 0;
  }

  /** Creates a user; 409 when the username is taken. */
  async createUser(
    input: { username: string; password: string; displayName?: string; isAdmin?: boolean },
    actor: Actor,
  ): Promise<StoredUser> {
    const user = await this.#storage.users.create(await this.#newUser(input));
    if (!user) throw new ApiError(API_ERROR.conflict, `The username ${input.username} is taken`);
    await this.#audit.record(actor, 'user.create', user.username, {
      userId: user.id,
      isAdmin: user.isAdmin,
    });
    return user;
  }

  /** The first administrator, only while there is no user at all (409 after); logs them in. */
  async setup(
    input: { username: string; password: string; displayName?: string },
    client: ClientInfo,
  ): Promise<LoggedIn> {
    const user = await this.#storage.users.createFirst(
      await this.#newUser({ ...input, isAdmin: true }),
    );
    if (!user) throw new ApiError(API_ERROR.conflict, 'CoDraft is already set up');
    const actor = { user: { id: user.id, username: user.username }, ip: client.ip };
    await this.#audit.record(actor, 'setup', user.username, { userId: user.id });
    this.#logger.info('first administrator created', { userId: user.id });
    return this.#startSession(user, client);
  }

  /** Checks the password and opens a session: 401 when wrong, 403 when disabled, 429 when limited. */
  async login(username: string, password: string, client: ClientInfo): Promise<LoggedIn> {
    const address = client.ip ?? 'unknown';
    const anonymous: Actor = { user: null, ip: client.ip };
    const wait = this.#limiter.retryAfterSeconds(username, address);
    if (wait > 0) {
      this.#logger.warn('login refused: too many failures', { username, address });
      throw new RateLimitedError(wait);
    }
    const user = await this.#storage.users.findByUsername(username);
    const matches = await verifyPassword(password, user?.passwordHash ?? (await this.#dummy()));
    if (!user || !matches) {
      this.#limiter.recordFailure(username, address);
      await this.#audit.record(anonymous, 'login.failed', username, {
        reason: user ? 'wrong password' : 'unknown user',
      });
      throw new ApiError(API_ERROR.unauthenticated, INVALID_LOGIN);
    }
    const actor = { user: { id: user.id, username: user.username }, ip: client.ip };
    if (user.disabled) {
      await this.#audit.record(actor, 'login.failed', user.username, { reason: 'disabled' });
      throw new ApiError(API_ERROR.forbidden, 'This account is disabled');
    }
    this.#limiter.recordSuccess(username);
    await this.#audit.record(actor, 'login', user.username);
    return this.#startSession(user, client);
  }

  /** The session a cookie token stands for, if it is valid and its user enabled; slides it. */
  async authenticate(token: string): Promise<Authenticated | null> {
    const session = await this.#storage.sessions.findByTokenHash(hashToken(token));
    if (!session) return null;
    const now = Date.now();
    if (Date.parse(session.expiresAt) <= now) {
      await this.#storage.sessions.delete(session.id);
      return null;
    }
    const user = await this.#storage.users.get(session.userId);
    if (!user || user.disabled) return null;
    let renewed = false;
    if (now - Date.parse(session.lastSeenAt) >= TOUCH_INTERVAL_MS) {
      session.lastSeenAt = new Date(now).toISOString();
      session.expiresAt = new Date(now + this.#options.sessionTtlMs).toISOString();
      await this.#storage.sessions.touch(session.id, session.lastSeenAt, session.expiresAt);
      renewed = true;
    }
    return { user, session, renewed };
  }

  async logout(session: StoredSession, actor: Actor): Promise<void> {
    await this.#storage.sessions.delete(session.id);
    this.#live.closeSessions([session.id]);
    await this.#audit.record(actor, 'logout', actor.user?.username ?? null);
  }

  async listSessions(userId: string, currentId: string): Promise<SessionInfo[]> {
    const now = new Date().toISOString();
    return (await this.#storage.sessions.listForUser(userId))
      .filter((session) => session.expiresAt > now)
      .map((session) => ({
        id: session.id,
        createdAt: session.createdAt,
        lastSeenAt: session.lastSeenAt,
        expiresAt: session.expiresAt,
        ip: session.ip,
        userAgent: session.userAgent,
        current: session.id === currentId,
      }));
  }

  /** Ends one of the user's own sessions; 404 for any other id. */
  async revokeSession(userId: string, sessionId: string, actor: Actor): Promise<void> {
    const own = await this.#storage.sessions.listForUser(userId);
    if (!own.some((session) => session.id === sessionId)) {
      throw new ApiError(API_ERROR.notFound, 'No such session');
    }
    await this.#storage.sessions.delete(sessionId);
    this.#live.closeSessions([sessionId]);
    await this.#audit.record(actor, 'session.revoke', actor.user?.username ?? null, { sessionId });
  }

  /** A user changes their own password; their other sessions end. */
  async changePassword(
    auth: Authenticated,
    currentPassword: string,
    newPassword: string,
    actor: Actor,
  ): Promise<void> {
    const address = actor.ip ?? 'unknown';
    const wait = this.#limiter.retryAfterSeconds(auth.user.username, address);
    if (wait > 0) throw new RateLimitedError(wait);
    if (!(await verifyPassword(currentPassword, auth.user.passwordHash))) {
      this.#limiter.recordFailure(auth.user.username, address);
      throw new ApiError(API_ERROR.forbidden, 'The current password is wrong');
    }
    await this.#storage.users.update(auth.user.id, {
      passwordHash: await hashPassword(newPassword),
    });
    const ended = await this.#storage.sessions.deleteForUser(auth.user.id, auth.session.id);
    this.#live.closeSessions(ended);
    await this.#audit.record(actor, 'password.change', auth.user.username);
  }

  /** Ends every session of a user (except `keepId`) and closes their sockets. */
  async endSessionsOf(userId: string, keepId?: string): Promise<void> {
    this.#live.closeSessions(await this.#storage.sessions.deleteForUser(userId, keepId));
  }

  async #newUser(input: {
    username: string;
    password: string;
    displayName?: string;
    isAdmin?: boolean;
  }) {
    return {
      id: randomUUID(),
      username: input.username,
      displayName: input.displayName ?? input.username,
      color: pickUserColor(await this.#storage.users.count()),
      passwordHash: await hashPassword(input.password),
      isAdmin: input.isAdmin ?? false,
      disabled: false,
    };
  }

  async #startSession(user: StoredUser, client: ClientInfo): Promise<LoggedIn> {
    const token = randomBytes(32).toString('base64url');
    const now = Date.now();
    const session: StoredSession = {
      id: randomBytes(12).toString('base64url'),
      tokenHash: hashToken(token),
      userId: user.id,
      createdAt: new Date(now).toISOString(),
      lastSeenAt: new Date(now).toISOString(),
      expiresAt: new Date(now + this.#options.sessionTtlMs).toISOString(),
      ip: client.ip,
      userAgent: client.userAgent?.slice(0, 300) ?? null,
    };
    await this.#storage.sessions.deleteExpired(session.createdAt);
    await this.#storage.sessions.create(session);
    return { user, session, token };
  }

  #dummy(): Promise<string> {
    this.#dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
    return this.#dummyHash;
  }
}
