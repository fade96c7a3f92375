const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

function fnv1a(text: string, seed: number): number {
  let hash = seed >>> 0;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

// A section id derived from another one, so that every replica repairing the same duplicate picks
// the same new id and their repairs do not conflict.
export function deriveSectionId(baseId: string, attempt: number): string {
  const source = `${baseId}#${attempt}`;
  let state = (fnv1a(source, 0x811c9dc5) ^ fnv1a(source, 0x9e3779b9)) >>> 0 || 1;
  let id = '';
  for (let index = 0; index < 12; index += 1) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    id += ALPHABET[state % ALPHABET.length];
  }
  return id;
}
