import { useEffect, useRef } from 'react';

// How often the review state (and, with the panel open, the version list) is fetched again.
export const POLL_INTERVAL_MS = 15_000;

// Calls `refresh` every `intervalMs` while the page is visible, and whenever the window regains
// focus, as others may have acted meanwhile. `refresh` may change between renders.
export function usePolling(refresh: () => void, intervalMs = POLL_INTERVAL_MS): void {
  const latest = useRef(refresh);
  useEffect(() => {
    latest.current = refresh;
  });
  useEffect(() => {
    const handleTick = () => {
      if (document.visibilityState !== 'hidden') latest.current();
    };
    const handleFocus = () => latest.current();
    const timer = setInterval(handleTick, intervalMs);
    window.addEventListener('focus', handleFocus);
    return () => {
      clearInterval(timer);
      window.removeEventListener('focus', handleFocus);
    };
  }, [intervalMs]);
}
