import type { Mention } from './CommentThread.ts';

/** A run of a comment's text: plain, a web link, or a mention of a member. */
export type CommentTextPart =
  | { kind: 'text'; text: string }
  | { kind: 'link'; text: string; href: string }
  | { kind: 'mention'; text: string; userId: string };

// Only web addresses become links; anything else (javascript:, data:) stays text.
const LINK = /https?:\/\/[^\s<>"'“”‘’（）()，。；、]+/gu;

function splitMentions(text: string, mentions: readonly Mention[]): CommentTextPart[] {
  const names = [...mentions].sort((a, b) => b.name.length - a.name.length);
  const parts: CommentTextPart[] = [];
  let plain = '';
  for (let index = 0; index < text.length;) {
    const mention =
      text[index] === '@'
        ? names.find((candidate) => text.startsWith(candidate.name, index + 1))
        : undefined;
    if (mention && mention.name.length > 0) {
      if (plain) parts.push({ kind: 'text', text: plain });
      plain = '';
      parts.push({ kind: 'mention', text: `@${mention.name}`, userId: mention.userId });
      index += mention.name.length + 1;
    } else {
      plain += text[index];
      index++;
    }
  }
  if (plain) parts.push({ kind: 'text', text: plain });
  return parts;
}

/**
 * Splits a comment's plain text into runs to render as text: web addresses (http and https only)
 * as links and `@name` of a mentioned member as a mention. Nothing in it is ever markup.
 */
export function splitCommentText(text: string, mentions: readonly Mention[]): CommentTextPart[] {
  const parts: CommentTextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(LINK)) {
    const start = match.index;
    if (start > last) parts.push(...splitMentions(text.slice(last, start), mentions));
    parts.push({ kind: 'link', text: match[0], href: match[0] });
    last = start + match[0].length;
  }
  if (last < text.length) parts.push(...splitMentions(text.slice(last), mentions));
  return parts;
}
