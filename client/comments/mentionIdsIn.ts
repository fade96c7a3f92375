import { splitCommentText } from '../../shared/comments/splitCommentText.ts';
import type { Member } from '../api/membersApi.ts';

// The members a comment names: those whose `@name` is in the text when it is sent, read the
// way it will be shown (the longest name wins: @张三丰 is not @张三).
export function mentionIdsIn(text: string, members: readonly Member[]): string[] {
  const candidates = members
    .filter((member) => member.displayName)
    .map((member) => ({ userId: member.userId, name: member.displayName }));
  const named = new Set<string>();
  for (const part of splitCommentText(text, candidates)) {
    if (part.kind === 'mention') named.add(part.userId);
  }
  return [...named];
}
