import { authApi } from '../api/authApi.ts';
import { unauthenticatedSignal } from '../api/unauthenticatedSignal.ts';
import { createSessionStore } from './createSessionStore.ts';

// Who is logged in in this tab; every API 401 sends the user back to the login page.
export const sessionStore = createSessionStore(authApi);

unauthenticatedSignal.subscribe(sessionStore.handleUnauthenticated);
