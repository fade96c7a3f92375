import type { Member } from '../api/membersApi.ts';

// The members a comment names: those whose `@name` is still in the text when it is sent.
export function mentionIdsIn(text: string, members: readonly Member[]): string[] {
  return members
    .filter((member) => member.displayName && text.includes(`@${member.displayName}`))
    .map((member) => member.userId);
}
