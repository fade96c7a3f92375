import type { DocumentSummary } from '../protocol/documentApi.ts';
import type { Permissions, Role } from './roles.ts';

/** A report as `GET /api/documents` lists it for the current user. */
export interface DocumentWithRole extends DocumentSummary {
  /** The user's membership role; null for an administrator who is not a member. */
  role: Role | null;
}

/** `GET /api/documents/:id`: the report, the user's role and what they may do on it. */
export interface DocumentDetail extends DocumentWithRole {
  /** Effective permissions: an administrator may do everything on every report. */
  permissions: Permissions;
}
