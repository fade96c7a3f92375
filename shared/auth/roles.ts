/** A member's role on one report. */
export const ROLES = ['owner', 'leader', 'drafter', 'viewer'] as const;

export type Role = (typeof ROLES)[number];

/** What a role may do on a report; the server decides by this table on every path. */
export interface Permissions {
  read: boolean;
  edit: boolean;
  lock: boolean;
  comment: boolean;
  forceRelease: boolean;
  approve: boolean;
  manageMembers: boolean;
  restoreVersion: boolean;
  /** Rename the report and change its template. */
  manageReport: boolean;
  deleteReport: boolean;
}

const TABLE: Record<Role, Permissions> = {
  owner: {
    read: true,
    edit: true,
    lock: true,
    comment: true,
    forceRelease: true,
    approve: true,
    manageMembers: true,
    restoreVersion: true,
    manageReport: true,
    deleteReport: true,
  },
  leader: {
    read: true,
    edit: true,
    lock: true,
    comment: true,
    forceRelease: true,
    approve: true,
    manageMembers: false,
    restoreVersion: false,
    manageReport: false,
    deleteReport: false,
  },
  drafter: {
    read: true,
    edit: true,
    lock: true,
    comment: true,
    forceRelease: false,
    approve: false,
    manageMembers: false,
    restoreVersion: false,
    manageReport: false,
    deleteReport: false,
  },
  viewer: {
    read: true,
    edit: false,
    lock: false,
    comment: false,
    forceRelease: false,
    approve: false,
    manageMembers: false,
    restoreVersion: false,
    manageReport: false,
    deleteReport: false,
  },
};

/** The permissions of a role. */
export function permissionsOf(role: Role): Permissions {
  return TABLE[role];
}
