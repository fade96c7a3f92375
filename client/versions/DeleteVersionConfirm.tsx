import type { KeyboardEvent } from 'react';
import { useTranslate } from '../i18n/useTranslate.ts';

interface DeleteVersionConfirmProps {
  // The version as the question names it, quoted.
  label: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

// Asks before deleting; Esc cancels the question, not the panel.
export function DeleteVersionConfirm({
  label,
  busy,
  onConfirm,
  onCancel,
}: DeleteVersionConfirmProps) {
  const t = useTranslate();
  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    if (!busy) onCancel();
  };
  return (
    <div className="inline-form version-confirm" role="group" onKeyDown={handleKeyDown}>
      <span>{t('versions.deleteConfirm', { name: label })}</span>
      <button
        type="button"
        className="danger"
        data-testid="version-delete-confirm"
        disabled={busy}
        onClick={onConfirm}
      >
        {t('versions.deleteYes')}
      </button>
      <button
        type="button"
        data-testid="version-delete-cancel"
        autoFocus
        disabled={busy}
        onClick={onCancel}
      >
        {t('versions.cancel')}
      </button>
    </div>
  );
}
