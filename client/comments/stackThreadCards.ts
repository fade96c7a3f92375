export interface CardPlacement {
  id: string;
  // Where the card would like its top: level with its passage; null when it has none.
  desiredTop: number | null;
  height: number;
}

const GAP = 8;

// Card tops beside the page: each as close to its passage as the cards before it allow. The
// active card sits exactly at its passage and the cards above it move up to make room;
// cards without a passage follow the last one.
export function stackThreadCards(
  cards: readonly CardPlacement[],
  activeId: string | null,
): Map<string, number> {
  const placed = cards.filter((card) => card.desiredTop !== null);
  const loose = cards.filter((card) => card.desiredTop === null);
  const tops = new Map<string, number>();
  let bottom = 0;
  for (const card of placed) {
    const top = Math.max(card.desiredTop ?? 0, bottom);
    tops.set(card.id, top);
    bottom = top + card.height + GAP;
  }
  const activeIndex = placed.findIndex((card) => card.id === activeId);
  const active = placed[activeIndex];
  if (active && active.desiredTop !== null) {
    const shift = (tops.get(active.id) ?? 0) - Math.max(active.desiredTop, 0);
    if (shift > 0) {
      tops.set(active.id, active.desiredTop);
      let limit = active.desiredTop - GAP;
      for (let index = activeIndex - 1; index >= 0; index--) {
        const card = placed[index]!;
        const top = Math.min(tops.get(card.id) ?? 0, limit - card.height);
        tops.set(card.id, top);
        limit = top - GAP;
      }
      // Not enough room above the passage: everything moves down until the first card fits.
      const overflow = Math.max(0, -(tops.get(placed[0]!.id) ?? 0));
      for (let index = 0; index <= activeIndex; index++) {
        const card = placed[index]!;
        tops.set(card.id, (tops.get(card.id) ?? 0) + overflow);
      }
      let below = (tops.get(active.id) ?? 0) + active.height + GAP;
      for (const card of placed.slice(activeIndex + 1)) {
        const top = Math.max(card.desiredTop ?? 0, below);
        tops.set(card.id, top);
        below = top + card.height + GAP;
      }
      bottom = below;
    }
  }
  for (const card of loose) {
    tops.set(card.id, bottom);
    bottom += card.height + GAP;
  }
  return tops;
}
