/** Texts at least this alike (Dice coefficient of character bigrams) count as one edited text. */
const MIN_SIMILARITY = 0.3;

/** Beyond this many candidate pairs a run is left unpaired: all deleted, then all inserted. */
const MAX_PAIRS = 2500;

/** One step of an alignment: a pair, or a text on one side only. */
export interface TextPairing {
  before: number | null;
  after: number | null;
}

function bigrams(text: string): Map<string, number> {
  const points = Array.from(text);
  const grams = new Map<string, number>();
  const size = points.length < 2 ? 1 : 2;
  for (let index = 0; index + size <= points.length; index += 1) {
    const gram = points.slice(index, index + size).join('');
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return grams;
}

function similarity(
  a: string,
  b: string,
  gramsA: Map<string, number>,
  gramsB: Map<string, number>,
): number {
  if (a === b) return 1;
  let shared = 0;
  let total = 0;
  for (const [gram, count] of gramsA) {
    shared += Math.min(count, gramsB.get(gram) ?? 0);
    total += count;
  }
  for (const count of gramsB.values()) total += count;
  return total === 0 ? 0 : (2 * shared) / total;
}

/**
 * Aligns a run of texts only in `before` with a run only in `after`: pairs alike texts in order
 * (maximising total similarity) so that an edited paragraph diffs against its old self, and
 * leaves the rest unpaired, deletions first where the order is free.
 */
export function pairSimilarTexts(
  before: readonly string[],
  after: readonly string[],
): TextPairing[] {
  const unpaired = (): TextPairing[] => [
    ...before.map((_, index) => ({ before: index, after: null })),
    ...after.map((_, index) => ({ before: null, after: index })),
  ];
  if (before.length === 0 || after.length === 0 || before.length * after.length > MAX_PAIRS) {
    return unpaired();
  }
  const beforeGrams = before.map(bigrams);
  const afterGrams = after.map(bigrams);
  const pairScore = before.map((text, i) =>
    after.map((other, j) => {
      const value = similarity(text, other, beforeGrams[i]!, afterGrams[j]!);
      return value >= MIN_SIMILARITY ? value : -1;
    }),
  );
  // best[i][j]: the best total similarity aligning before[i..] with after[j..].
  const best = Array.from({ length: before.length + 1 }, () =>
    new Array<number>(after.length + 1).fill(0),
  );
  for (let i = before.length - 1; i >= 0; i -= 1) {
    for (let j = after.length - 1; j >= 0; j -= 1) {
      const paired = pairScore[i]![j]! >= 0 ? pairScore[i]![j]! + best[i + 1]![j + 1]! : -1;
      best[i]![j] = Math.max(best[i + 1]![j]!, best[i]![j + 1]!, paired);
    }
  }
  const steps: TextPairing[] = [];
  let i = 0;
  let j = 0;
  while (i < before.length || j < after.length) {
    if (i === before.length) steps.push({ before: null, after: j++ });
    else if (j === after.length) steps.push({ before: i++, after: null });
    else if (pairScore[i]![j]! >= 0 && best[i]![j] === pairScore[i]![j]! + best[i + 1]![j + 1]!) {
      steps.push({ before: i++, after: j++ });
    } else if (best[i]![j] === best[i + 1]![j]) steps.push({ before: i++, after: null });
    else steps.push({ before: null, after: j++ });
  }
  return steps;
}
