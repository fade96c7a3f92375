import { useState } from 'react';
import type { Member } from '../api/membersApi.ts';
import { useTranslate } from '../i18n/useTranslate.ts';
import { mentionIdsIn } from './mentionIdsIn.ts';
import { MentionInput } from './MentionInput.tsx';

interface CommentComposerProps {
  members: readonly Member[];
  initialText?: string;
  placeholderKey: 'comments.placeholder' | 'comments.replyPlaceholder';
  submitKey: 'comments.submit' | 'comments.reply' | 'comments.save';
  testId: string;
  autoFocus?: boolean;
  // Resolves once the server took it; rejects to keep the text for another try.
  onSubmit(text: string, mentions: string[]): Promise<void>;
  onCancel?: () => void;
}

// A text field with send and cancel, for a new thread, a reply or an edit.
export function CommentComposer(props: CommentComposerProps) {
  const t = useTranslate();
  const { members, initialText = '', placeholderKey, submitKey, testId, autoFocus } = props;
  const [text, setText] = useState(initialText);
  const [busy, setBusy] = useState(false);
  const blank = text.trim() === '';

  const handleSubmit = async () => {
    if (blank || busy) return;
    setBusy(true);
    try {
      await props.onSubmit(text.trim(), mentionIdsIn(text, members));
      setText('');
    } catch {
      // The failure is shown as a notice; the text stays for another try.
    } finally {
      setBusy(false);
    }
  };
  const handleCancel = () => {
    setText(initialText);
    props.onCancel?.();
  };

  return (
    <div className="comment-composer">
      <MentionInput
        value={text}
        members={members}
        placeholder={t(placeholderKey)}
        testId={`${testId}-input`}
        autoFocus={autoFocus}
        onChange={setText}
        onSubmit={() => void handleSubmit()}
        onCancel={handleCancel}
      />
      {(!blank || props.onCancel) && (
        <div className="comment-composer-actions">
          {props.onCancel && (
            <button type="button" onClick={handleCancel} data-testid={`${testId}-cancel`}>
              {t('comments.cancel')}
            </button>
          )}
          <button
            type="button"
            className="primary"
            disabled={blank || busy}
            onClick={() => void handleSubmit()}
            data-testid={`${testId}-submit`}
          >
            {t(submitKey)}
          </button>
        </div>
      )}
    </div>
  );
}
