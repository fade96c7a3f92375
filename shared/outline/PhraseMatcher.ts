/** One occurrence found by a {@link PhraseMatcher}. */
export interface PhraseMatch<T> {
  start: number;
  end: number;
  phrase: string;
  value: T;
}

interface Candidate<T> {
  phrase: string;
  /** null marks an exception: a correct phrase that hides the matches it overlaps. */
  value: T | null;
}

/**
 * Finds many literal phrases in one pass. Compiled once into a table of the characters that
 * start a phrase (one byte per UTF-16 code unit, so most of a text is skipped with one array
 * read) and the candidates indexed by that character, so the cost does not grow with the list.
 * Matches are leftmost-longest and never overlap. An exception phrase matches like any other
 * but yields nothing, so a correct phrase (目的的, 为了了解) can shield a text from a rule.
 */
export class PhraseMatcher<T> {
  readonly #byFirstCharacter = new Map<number, Candidate<T>[]>();
  readonly #startsPhrase = new Uint8Array(0x10000);

  constructor(
    phrases: Iterable<readonly [phrase: string, value: T]>,
    exceptions: Iterable<string> = [],
  ) {
    for (const [phrase, value] of phrases) this.#add({ phrase, value });
    for (const phrase of exceptions) this.#add({ phrase, value: null });
    for (const [code, candidates] of this.#byFirstCharacter) {
      candidates.sort((a, b) => b.phrase.length - a.phrase.length);
      this.#startsPhrase[code] = 1;
    }
  }

  #add(candidate: Candidate<T>): void {
    if (!candidate.phrase) throw new Error('PhraseMatcher: empty phrase');
    const first = candidate.phrase.charCodeAt(0);
    const list = this.#byFirstCharacter.get(first);
    if (list) list.push(candidate);
    else this.#byFirstCharacter.set(first, [candidate]);
  }

  #candidateAt(text: string, index: number): Candidate<T> | null {
    const candidates = this.#byFirstCharacter.get(text.charCodeAt(index));
    if (!candidates) return null;
    for (const candidate of candidates) {
      if (text.startsWith(candidate.phrase, index)) return candidate;
    }
    return null;
  }

  /** All matches in `text`, in order. */
  matches(text: string): PhraseMatch<T>[] {
    const found: PhraseMatch<T>[] = [];
    const startsPhrase = this.#startsPhrase;
    let start = 0;
    while (start < text.length) {
      if (startsPhrase[text.charCodeAt(start)] === 0) {
        start += 1;
        continue;
      }
      const candidate = this.#candidateAt(text, start);
      if (!candidate) {
        start += 1;
        continue;
      }
      const end = start + candidate.phrase.length;
      if (candidate.value !== null) {
        found.push({ start, end, phrase: candidate.phrase, value: candidate.value });
      }
      start = end;
    }
    return found;
  }
}
