type Listener = () => void;

const listeners = new Set<Listener>();

// Raised when an API call answers 401: the session expired or was revoked elsewhere.
export const unauthenticatedSignal = {
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  raise(): void {
    for (const listener of [...listeners]) listener();
  },
};
