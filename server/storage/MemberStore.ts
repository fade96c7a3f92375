import type { Role } from '../../shared/auth/roles.ts';

export interface StoredMember {
  documentId: string;
  userId: string;
  role: Role;
  addedAt: string;
}

/** Who belongs to which report with which role. A report always keeps at least one owner. */
export interface MemberStore {
  listForDocument(documentId: string): Promise<StoredMember[]>;
  /** The user's role on every report they belong to, by document id. */
  rolesOfUser(userId: string): Promise<Map<string, Role>>;
  roleOf(documentId: string, userId: string): Promise<Role | undefined>;
  /** `exists` when the user is already a member. */
  add(documentId: string, userId: string, role: Role): Promise<StoredMember | 'exists'>;
  /** `lastOwner` when it would leave the report without an owner. */
  changeRole(
    documentId: string,
    userId: string,
    role: Role,
  ): Promise<StoredMember | 'notMember' | 'lastOwner'>;
  remove(documentId: string, userId: string): Promise<'removed' | 'notMember' | 'lastOwner'>;
}
