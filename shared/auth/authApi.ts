import { z } from 'zod';
import { ROLES, type Role } from './roles.ts';

export const usernameSchema = z
  .string()
  .trim()
  .min(2)
  .max(32)
  .regex(/^[A-Za-z0-9_.-]+$/, 'letters, digits, _ . - only');

export const passwordSchema = z.string().min(8).max(200);

export const displayNameSchema = z.string().trim().min(1).max(40);

/** `POST /api/session` body. */
export const loginSchema = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(200),
});

/** `POST /api/setup` (first administrator) and `POST /api/users` bodies. */
export const createUserSchema = z.object({
  username: usernameSchema,
  password: passwordSchema,
  displayName: displayNameSchema.optional(),
  isAdmin: z.boolean().optional(),
});

/** `PATCH /api/users/:id` body (administrators). */
export const updateUserSchema = z.object({
  displayName: displayNameSchema.optional(),
  disabled: z.boolean().optional(),
  isAdmin: z.boolean().optional(),
  password: passwordSchema.optional(),
});

export const roleSchema = z.enum(ROLES);

/** `POST /api/documents/:id/members` body. */
export const addMemberSchema = z.object({
  username: z.string().trim().min(1).max(64),
  role: roleSchema,
});

/** `PATCH /api/documents/:id/members/:userId` body. */
export const changeRoleSchema = z.object({ role: roleSchema });

/** A user as the API shows them (never with a password hash). */
export interface PublicUser {
  id: string;
  username: string;
  displayName: string;
  color: string;
  isAdmin: boolean;
  disabled: boolean;
  createdAt: string;
}

/** `POST /api/setup` body: the first administrator. */
export const setupSchema = createUserSchema.omit({ isAdmin: true });

/** `POST /api/me/password` body: a user changes their own password. */
export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: passwordSchema,
});

/** `GET /api/audit` query: newest first, `before` pages back from an entry id. */
export const auditQuerySchema = z.object({
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

/** One login session of the current user, as `GET /api/sessions` lists it. */
export interface SessionInfo {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  ip: string | null;
  userAgent: string | null;
  /** The session this request was made with. */
  current: boolean;
}

/** Answer of `GET /api/me`, `POST /api/session` and `POST /api/setup`. */
export interface MeResponse {
  user: PublicUser;
  session: { id: string; expiresAt: string };
}

/** A member of a report, as `GET /api/documents/:id/members` lists them. */
export interface MemberInfo {
  userId: string;
  username: string;
  displayName: string;
  color: string;
  disabled: boolean;
  role: Role;
}

/** One audit log entry; `actor` is null for what the server did by itself. */
export interface AuditEntry {
  id: number;
  at: string;
  actor: { id: string; username: string } | null;
  action: string;
  target: string | null;
  detail: Record<string, unknown> | null;
  ip: string | null;
}

/** Answer of `GET /api/audit`; pass `nextBefore` as `before` for the next (older) page. */
export interface AuditPage {
  entries: AuditEntry[];
  nextBefore: number | null;
}
