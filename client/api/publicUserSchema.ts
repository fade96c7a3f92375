import { z } from 'zod';
import type { PublicUser } from '../../shared/auth/authApi.ts';

// Only the id and username are essential; the rest degrades rather than locking the user out.
export const publicUserSchema: z.ZodType<PublicUser> = z
  .object({
    id: z.union([z.string().min(1), z.number().transform(String)]),
    username: z.string().min(1),
    displayName: z.string().catch(''),
    color: z
      .string()
      .regex(/^#[0-9a-f]{6}$/i)
      .catch('#888888'),
    isAdmin: z.boolean().catch(false),
    disabled: z.boolean().catch(false),
    createdAt: z.string().catch(''),
  })
  .transform((user) => ({ ...user, displayName: user.displayName || user.username }));

// Some answers wrap the user as `{ user }`, some send it bare.
export const userAnswerSchema: z.ZodType<PublicUser> = z.union([
  z.object({ user: publicUserSchema }).transform((body) => body.user),
  publicUserSchema,
]);
