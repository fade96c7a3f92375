import { z } from 'zod';
import { roleSchema } from '../../shared/auth/authApi.ts';
import type { Role } from '../../shared/auth/roles.ts';
import { requestJson } from './requestJson.ts';

export interface Member {
  userId: string;
  username: string;
  displayName: string;
  disabled: boolean;
  role: Role;
}

const memberSchema: z.ZodType<Member> = z
  .object({
    userId: z.union([z.string().min(1), z.number().transform(String)]),
    username: z.string().catch(''),
    displayName: z.string().catch(''),
    disabled: z.boolean().catch(false),
    role: roleSchema,
  })
  .transform((member) => ({ ...member, displayName: member.displayName || member.username }));

const memberListSchema = z.union([
  z.array(memberSchema),
  z.object({ members: z.array(memberSchema) }).transform((body) => body.members),
]);

const anyBody = z.unknown();
const membersPath = (documentId: string) =>
  `/api/documents/${encodeURIComponent(documentId)}/members`;
const memberPath = (documentId: string, userId: string) =>
  `${membersPath(documentId)}/${encodeURIComponent(userId)}`;

export const membersApi = {
  list: (documentId: string) => requestJson(membersPath(documentId), memberListSchema),
  add: (documentId: string, username: string, role: Role) =>
    requestJson(membersPath(documentId), anyBody, { method: 'POST', body: { username, role } }),
  changeRole: (documentId: string, userId: string, role: Role) =>
    requestJson(memberPath(documentId, userId), anyBody, { method: 'PATCH', body: { role } }),
  remove: (documentId: string, userId: string) =>
    requestJson(memberPath(documentId, userId), anyBody, { method: 'DELETE' }),
};
