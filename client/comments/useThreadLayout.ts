import type { Editor } from '@tiptap/core';
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { stackThreadCards } from './stackThreadCards.ts';

export interface LayoutItem {
  id: string;
  // Start of the passage in the editor; null for a detached thread.
  from: number | null;
}

function sameTops(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
  if (a.size !== b.size) return false;
  for (const [id, top] of a) if (Math.abs((b.get(id) ?? -1) - top) > 0.5) return false;
  return true;
}

// Positions thread cards level with their passages in `column`, measuring the cards as they
// render; re-runs when the text moves, the window resizes or a card changes size.
export function useThreadLayout(
  editor: Editor,
  items: readonly LayoutItem[],
  activeId: string | null,
  column: RefObject<HTMLElement | null>,
) {
  const cards = useRef(new Map<string, HTMLElement>());
  const [tops, setTops] = useState<ReadonlyMap<string, number>>(new Map());
  const [revision, setRevision] = useState(0);
  const bump = useCallback(() => setRevision((value) => value + 1), []);

  const cardRef = useCallback(
    (id: string) => (element: HTMLElement | null) => {
      if (element) cards.current.set(id, element);
      else cards.current.delete(id);
    },
    [],
  );

  useLayoutEffect(() => {
    const container = column.current;
    if (!container || editor.isDestroyed) return;
    const origin = container.getBoundingClientRect().top;
    const placements = items.map((item) => {
      let desiredTop: number | null = null;
      if (item.from !== null && item.from <= editor.state.doc.content.size) {
        try {
          desiredTop = editor.view.coordsAtPos(item.from).top - origin;
        } catch {
          desiredTop = null;
        }
      }
      return { id: item.id, desiredTop, height: cards.current.get(item.id)?.offsetHeight ?? 0 };
    });
    const next = stackThreadCards(placements, activeId);
    setTops((previous) => (sameTops(previous, next) ? previous : next));
  }, [editor, items, activeId, column, revision]);

  useEffect(() => {
    const resize = new ResizeObserver(bump);
    for (const element of cards.current.values()) resize.observe(element);
    window.addEventListener('resize', bump);
    editor.on('update', bump);
    return () => {
      resize.disconnect();
      window.removeEventListener('resize', bump);
      editor.off('update', bump);
    };
  }, [editor, items, bump]);

  return { tops, cardRef };
}
