import { useLayoutEffect, type RefObject } from 'react';

// The top bar and the toolbar wrap onto more lines in narrow windows and longer languages:
// what sticks below them reads their measured heights from CSS variables on the page.
export function useStickyOffsets(page: RefObject<HTMLElement | null>, hasToolbar: boolean): void {
  useLayoutEffect(() => {
    const element = page.current;
    if (!element) return;
    const measure = () => {
      const topBar = element.querySelector<HTMLElement>('.top-bar')?.offsetHeight ?? 52;
      const toolbar = element.querySelector<HTMLElement>('.toolbar')?.offsetHeight ?? 0;
      element.style.setProperty('--top-bar-height', `${topBar}px`);
      element.style.setProperty('--chrome-height', `${topBar + toolbar}px`);
    };
    measure();
    const observer = new ResizeObserver(measure);
    for (const bar of element.querySelectorAll('.top-bar, .toolbar')) observer.observe(bar);
    return () => observer.disconnect();
  }, [page, hasToolbar]);
}
