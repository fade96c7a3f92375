import { findCongressNames } from './findCongressNames.ts';
import { findDoubledWords } from './findDoubledWords.ts';
import { findHalfWidthPunctuation } from './findHalfWidthPunctuation.ts';
import { findMisusedWords } from './findMisusedWords.ts';
import { findPlaceholders } from './findPlaceholders.ts';
import type { TextIssue } from './TextIssue.ts';

/** Every proofreading rule on one text, issues in text order. */
export function proofreadText(text: string): TextIssue[] {
  if (!text) return [];
  return [
    ...findHalfWidthPunctuation(text),
    ...findPlaceholders(text),
    ...findDoubledWords(text),
    ...findMisusedWords(text),
    ...findCongressNames(text),
  ].sort((a, b) => a.start - b.start);
}
