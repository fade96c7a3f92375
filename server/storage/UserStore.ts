/** A user as storage holds it; `passwordHash` never leaves the server. */
export interface StoredUser {
  id: string;
  username: string;
  displayName: string;
  color: string;
  passwordHash: string;
  isAdmin: boolean;
  disabled: boolean;
  createdAt: string;
}

export type NewUser = Omit<StoredUser, 'createdAt'>;

export interface UserChanges {
  displayName?: string;
  passwordHash?: string;
  isAdmin?: boolean;
  disabled?: boolean;
}

/** Users. Usernames are unique without regard to case. */
export interface UserStore {
  count(): Promise<number>;
  list(): Promise<StoredUser[]>;
  get(id: string): Promise<StoredUser | undefined>;
  findByUsername(username: string): Promise<StoredUser | undefined>;
  /** Undefined when the username is taken. */
  create(user: NewUser): Promise<StoredUser | undefined>;
  /** Creates the user only while no user exists at all; undefined otherwise. */
  createFirst(user: NewUser): Promise<StoredUser | undefined>;
  /**
   * Applies the changes unless they would leave no enabled administrator; `lastAdmin` then,
   * `notFound` for an unknown id.
   */
  update(id: string, changes: UserChanges): Promise<StoredUser | 'notFound' | 'lastAdmin'>;
}
