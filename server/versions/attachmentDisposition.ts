import { sliceCodePoints } from './sliceCodePoints.ts';

/** Code points of the readable name kept before the extension; file systems cap names. */
const MAX_NAME_CODE_POINTS = 80;

// Characters Windows, macOS or a browser would refuse or alter in a file name.
const UNSAFE_IN_NAMES = new Set('\\/:*?"<>|');

function isUnsafe(character: string): boolean {
  const code = character.charCodeAt(0);
  // A lone surrogate (a pair comes as one character here) cannot be percent-encoded.
  const loneSurrogate = character.length === 1 && code >= 0xd800 && code <= 0xdfff;
  return code < 0x20 || code === 0x7f || loneSurrogate || UNSAFE_IN_NAMES.has(character);
}

/** RFC 5987 `attr-char` allows fewer characters than encodeURIComponent leaves as they are. */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/**
 * `Content-Disposition` of a download named `name` (Chinese as it is, in `filename*`) with an
 * ASCII `filename` for clients that do not read RFC 6266. The readable name is cut to 80 code
 * points, never inside a surrogate pair.
 */
export function attachmentDisposition(
  name: string,
  asciiFallback: string,
  extension: string,
): string {
  const cleaned = [...name].map((character) => (isUnsafe(character) ? ' ' : character)).join('');
  const readable =
    sliceCodePoints(cleaned.replace(/\s+/g, ' ').trim(), 0, MAX_NAME_CODE_POINTS).trim() ||
    asciiFallback;
  const ascii = asciiFallback.replace(/[^A-Za-z0-9._-]+/g, '_');
  const encoded = encodeRfc5987(`${readable}.${extension}`);
  return `attachment; filename="${ascii}.${extension}"; filename*=UTF-8''${encoded}`;
}
