import type { Block, Section } from '../schema/Report.ts';
import { paragraphsOf } from './paragraphsOf.ts';

function countText(text: string): number {
  let count = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    const isSpace = code === 0x20 || code === 0x3000 || (code >= 0x09 && code <= 0x0d);
    // The low half of a surrogate pair: the pair was counted at its high half.
    const isLowSurrogate = code >= 0xdc00 && code <= 0xdfff;
    if (!isSpace && !isLowSurrogate) count += 1;
  }
  return count;
}

/**
 * Characters as an office counts them (字数): punctuation included, spaces excluded. Takes a
 * text, a list of blocks (a body or the lead), or a section with its heading and sub-sections.
 */
export function countCharacters(content: string | readonly Block[] | Section): number {
  if (typeof content === 'string') return countText(content);
  if ('heading' in content) {
    let total = countText(content.heading) + countCharacters(content.body);
    for (const child of content.children) total += countCharacters(child);
    return total;
  }
  let total = 0;
  for (const text of paragraphsOf(content)) total += countText(text);
  return total;
}
