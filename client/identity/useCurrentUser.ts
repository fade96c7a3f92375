import type { PublicUser } from '../../shared/auth/authApi.ts';
import { useSession } from './useSession.ts';

// The logged-in user; pages behind the login gate may rely on it being there.
export function useCurrentUser(): PublicUser | null {
  const session = useSession();
  return session.status === 'authenticated' ? session.user : null;
}
