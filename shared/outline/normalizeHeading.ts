import { typedNumberPrefix } from './typedNumberPrefix.ts';

const EDGE_PUNCTUATION = /^[\s\u3000]+|[\s\u3000。．.：:；;，,！!？?]+$/g;

/** A heading as template matching compares it: without a typed number, spaces or end punctuation. */
export function normalizeHeading(heading: string): string {
  const trimmed = heading.trim();
  const prefix = typedNumberPrefix(trimmed);
  return trimmed.slice(prefix ? prefix.length : 0).replace(EDGE_PUNCTUATION, '');
}
