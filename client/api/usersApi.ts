import { z } from 'zod';
import type { PublicUser } from '../../shared/auth/authApi.ts';
import { publicUserSchema, userAnswerSchema } from './publicUserSchema.ts';
import { requestJson } from './requestJson.ts';

export interface NewUserInput {
  username: string;
  password: string;
  displayName?: string;
  isAdmin?: boolean;
}

export interface UserChanges {
  displayName?: string;
  disabled?: boolean;
  isAdmin?: boolean;
  password?: string;
}

const userListSchema: z.ZodType<PublicUser[]> = z.union([
  z.array(publicUserSchema),
  z.object({ users: z.array(publicUserSchema) }).transform((body) => body.users),
]);

export const usersApi = {
  list: () => requestJson('/api/users', userListSchema),
  create: (input: NewUserInput) =>
    requestJson('/api/users', userAnswerSchema, { method: 'POST', body: input }),
  update: (id: string, changes: UserChanges) =>
    requestJson(`/api/users/${encodeURIComponent(id)}`, z.unknown(), {
      method: 'PATCH',
      body: changes,
    }),
};
