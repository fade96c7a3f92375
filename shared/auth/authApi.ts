import { z } from 'zod';
import { ROLES } from './roles.ts';

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
