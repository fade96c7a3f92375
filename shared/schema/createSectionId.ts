const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** A new random section id (12 characters of [a-z0-9]), unique enough within one report. */
export function createSectionId(): string {
  const bytes = new Uint8Array(12);
  globalThis.crypto.getRandomValues(bytes);
  let id = '';
  for (const byte of bytes) id += ALPHABET[byte % ALPHABET.length];
  return id;
}
