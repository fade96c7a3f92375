import { useSyncExternalStore } from 'react';
import { NAVIGATE_EVENT } from './navigate.ts';

function subscribe(listener: () => void): () => void {
  window.addEventListener('popstate', listener);
  window.addEventListener(NAVIGATE_EVENT, listener);
  return () => {
    window.removeEventListener('popstate', listener);
    window.removeEventListener(NAVIGATE_EVENT, listener);
  };
}

const pathname = () => window.location.pathname;

export function useLocationPath(): string {
  return useSyncExternalStore(subscribe, pathname);
}
