import type { PublicUser } from '../../shared/auth/authApi.ts';

// Who this browser is to others on a document; the server sets the same from the session.
export interface PresenceUser {
  id: string;
  name: string;
  color: string;
}

export function presenceUserOf(user: PublicUser): PresenceUser {
  return { id: user.id, name: user.displayName || user.username, color: user.color };
}
