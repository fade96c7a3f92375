import { z } from 'zod';
import { publicUserSchema, userAnswerSchema } from './publicUserSchema.ts';
import { requestJson } from './requestJson.ts';

export interface LoginSession {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  ip: string;
  userAgent: string;
  current: boolean;
}

const loginSessionSchema: z.ZodType<LoginSession> = z.object({
  id: z.union([z.string().min(1), z.number().transform(String)]),
  createdAt: z.string().catch(''),
  lastSeenAt: z.string().catch(''),
  ip: z
    .string()
    .nullish()
    .transform((value) => value ?? ''),
  userAgent: z
    .string()
    .nullish()
    .transform((value) => value ?? ''),
  current: z.boolean().catch(false),
});

const sessionListSchema = z.union([
  z.array(loginSessionSchema),
  z.object({ sessions: z.array(loginSessionSchema) }).transform((body) => body.sessions),
]);

const setupStatusSchema = z.object({ needsSetup: z.boolean() });
const anyBody = z.unknown();

export interface SetupInput {
  username: string;
  password: string;
  displayName?: string;
}

export const authApi = {
  setupStatus: () => requestJson('/api/setup', setupStatusSchema, { expectUnauthenticated: true }),
  setup: (input: SetupInput) =>
    requestJson('/api/setup', userAnswerSchema, {
      method: 'POST',
      body: input,
      expectUnauthenticated: true,
    }),
  login: (username: string, password: string) =>
    requestJson('/api/session', userAnswerSchema, {
      method: 'POST',
      body: { username, password },
      expectUnauthenticated: true,
    }),
  logout: () =>
    requestJson('/api/session', anyBody, { method: 'DELETE', expectUnauthenticated: true }),
  me: () =>
    requestJson('/api/me', z.object({ user: publicUserSchema }), { expectUnauthenticated: true }),
  changePassword: (currentPassword: string, newPassword: string) =>
    requestJson('/api/me/password', anyBody, {
      method: 'POST',
      body: { currentPassword, newPassword },
    }),
  sessions: () => requestJson('/api/sessions', sessionListSchema),
  revokeSession: (id: string) =>
    requestJson(`/api/sessions/${encodeURIComponent(id)}`, anyBody, { method: 'DELETE' }),
};
