import type { PublicUser } from '../../shared/auth/authApi.ts';
import { ApiRequestError } from '../api/ApiRequestError.ts';
import type { SetupInput } from '../api/authApi.ts';
import { createExternalStore, type ExternalStore } from '../stores/createExternalStore.ts';

export type SessionState =
  | { status: 'checking' }
  | { status: 'unreachable'; error: unknown }
  | { status: 'needsSetup' }
  // `expired`: the user was logged in and the server no longer accepts the session.
  | { status: 'anonymous'; expired: boolean }
  | { status: 'authenticated'; user: PublicUser };

// The server calls the store makes; a 401 from `me` means "not logged in".
export interface SessionApi {
  setupStatus(): Promise<{ needsSetup: boolean }>;
  me(): Promise<{ user: PublicUser }>;
  setup(input: SetupInput): Promise<PublicUser>;
  login(username: string, password: string): Promise<PublicUser>;
  logout(): Promise<unknown>;
}

export interface SessionStore extends ExternalStore<SessionState> {
  // Asks the server whether setup is needed, then who is logged in.
  start(): Promise<void>;
  setup(input: SetupInput): Promise<void>;
  login(username: string, password: string): Promise<void>;
  logout(): Promise<void>;
  // Another request was answered 401: back to the login page, keeping the current URL.
  handleUnauthenticated(): void;
}

const isUnauthenticated = (error: unknown) =>
  error instanceof ApiRequestError && error.status === 401;

export function createSessionStore(api: SessionApi): SessionStore {
  const store = createExternalStore<SessionState>({ status: 'checking' });
  // Requests still running when the user logs out answer 401; that is no expiry.
  let loggingOut = false;

  const start = async () => {
    store.set({ status: 'checking' });
    try {
      const { needsSetup } = await api.setupStatus();
      if (needsSetup) {
        store.set({ status: 'needsSetup' });
        return;
      }
      const { user } = await api.me();
      store.set({ status: 'authenticated', user });
    } catch (error: unknown) {
      store.set(
        isUnauthenticated(error)
          ? { status: 'anonymous', expired: false }
          : { status: 'unreachable', error },
      );
    }
  };

  return {
    getSnapshot: store.getSnapshot,
    subscribe: store.subscribe,
    start,
    setup: async (input) => {
      const user = await api.setup(input);
      store.set({ status: 'authenticated', user });
    },
    login: async (username, password) => {
      const user = await api.login(username, password);
      store.set({ status: 'authenticated', user });
    },
    logout: async () => {
      loggingOut = true;
      try {
        await api.logout();
      } finally {
        loggingOut = false;
        store.set({ status: 'anonymous', expired: false });
      }
    },
    handleUnauthenticated: () => {
      if (!loggingOut && store.getSnapshot().status === 'authenticated') {
        store.set({ status: 'anonymous', expired: true });
      }
    },
  };
}
