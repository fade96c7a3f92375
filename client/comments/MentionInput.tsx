import { useEffect, useRef, useState, type ChangeEvent, type KeyboardEvent } from 'react';
import { MAX_COMMENT_LENGTH } from '../../shared/comments/commentLimits.ts';
import type { Member } from '../api/membersApi.ts';

interface MentionInputProps {
  value: string;
  members: readonly Member[];
  placeholder: string;
  testId: string;
  autoFocus?: boolean;
  onChange(value: string): void;
  onSubmit(): void;
  onCancel(): void;
}

interface Query {
  // Index of the `@` being completed, and what follows it up to the caret.
  at: number;
  text: string;
}

function queryBefore(value: string, caret: number): Query | null {
  const match = /@([^\s@]{0,20})$/u.exec(value.slice(0, caret));
  return match ? { at: caret - match[0].length, text: match[1] ?? '' } : null;
}

// A comment field: `@` offers the report's members; Ctrl+Enter sends, Esc cancels.
export function MentionInput(props: MentionInputProps) {
  const { value, members, placeholder, testId, autoFocus, onChange, onSubmit, onCancel } = props;
  const [query, setQuery] = useState<Query | null>(null);
  const [highlighted, setHighlighted] = useState(0);
  const field = useRef<HTMLTextAreaElement>(null);
  // Where the caret goes once a picked mention is in the text.
  const caretAfterPick = useRef<number | null>(null);

  // Focused after the card is placed, without scrolling the page to where it first rendered.
  useEffect(() => {
    if (autoFocus) field.current?.focus({ preventScroll: true });
  }, [autoFocus]);
  useEffect(() => {
    const caret = caretAfterPick.current;
    if (caret === null || !field.current) return;
    caretAfterPick.current = null;
    field.current.setSelectionRange(caret, caret);
  }, [value]);
  const matches = query
    ? members
        .filter(
          (member) =>
            member.displayName.includes(query.text) ||
            member.username.toLowerCase().includes(query.text.toLowerCase()),
        )
        .slice(0, 6)
    : [];

  const pick = (member: Member) => {
    if (!query) return;
    const end = query.at + 1 + query.text.length;
    const inserted = `@${member.displayName} `;
    caretAfterPick.current = query.at + inserted.length;
    onChange(`${value.slice(0, query.at)}${inserted}${value.slice(end)}`);
    setQuery(null);
  };
  const handleChange = (event: ChangeEvent<HTMLTextAreaElement>) => {
    onChange(event.target.value);
    setQuery(queryBefore(event.target.value, event.target.selectionStart));
    setHighlighted(0);
  };
  const handleKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (matches.length > 0) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : matches.length - 1;
        setHighlighted((highlighted + step) % matches.length);
        return;
      }
      if (event.key === 'Enter' || event.key === 'Tab') {
        event.preventDefault();
        pick(matches[highlighted] ?? matches[0]!);
        return;
      }
    }
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      // Esc closes the suggestions, or cancels an empty field; typed text is never thrown away.
      if (query) setQuery(null);
      else if (value.trim() === '') onCancel();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      onSubmit();
    }
  };

  return (
    <div className="mention-input">
      <textarea
        value={value}
        placeholder={placeholder}
        data-testid={testId}
        maxLength={MAX_COMMENT_LENGTH}
        rows={2}
        ref={field}
        onChange={handleChange}
        onKeyDown={handleKeyDown}
        onBlur={() => setQuery(null)}
      />
      {matches.length > 0 && (
        <ul className="mention-suggestions" role="listbox" data-testid="mention-suggestions">
          {matches.map((member, index) => (
            <li
              key={member.userId}
              role="option"
              aria-selected={index === highlighted}
              className={index === highlighted ? 'is-highlighted' : undefined}
              data-testid="mention-option"
              data-user-id={member.userId}
              onMouseDown={(event) => {
                event.preventDefault();
                pick(member);
              }}
            >
              {member.displayName}
              <span className="mention-username">{member.username}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
