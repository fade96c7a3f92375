import type { Mention } from '../../shared/comments/CommentThread.ts';
import { splitCommentText } from '../../shared/comments/splitCommentText.ts';

interface CommentTextProps {
  text: string;
  mentions: readonly Mention[];
}

// A comment's text rendered as text: links open in a new tab without access to this page.
export function CommentText({ text, mentions }: CommentTextProps) {
  return (
    <p className="comment-text" data-testid="comment-text">
      {splitCommentText(text, mentions).map((part, index) => {
        if (part.kind === 'link') {
          return (
            <a key={index} href={part.href} target="_blank" rel="noopener noreferrer nofollow">
              {part.text}
            </a>
          );
        }
        if (part.kind === 'mention') {
          return (
            <span key={index} className="comment-mention" data-user-id={part.userId}>
              {part.text}
            </span>
          );
        }
        return <span key={index}>{part.text}</span>;
      })}
    </p>
  );
}
