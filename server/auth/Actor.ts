/** Who did something, for the audit log: a user from a given address, or the server itself. */
export interface Actor {
  user: { id: string; username: string } | null;
  ip: string | null;
}

/** The server acting on its own (start-up configuration). */
export const SYSTEM_ACTOR: Actor = { user: null, ip: null };
