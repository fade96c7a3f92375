import { useId, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { useTranslate } from '../i18n/useTranslate.ts';
import { trapTabFocus } from './trapTabFocus.ts';
import { useDialogFocus } from './useDialogFocus.ts';
import './versionDialogs.css';

interface VersionDialogProps {
  title: ReactNode;
  testId: string;
  // `page` is wide enough for an A4 page; `narrow` suits a confirmation.
  size: 'page' | 'narrow';
  onClose: () => void;
  // Keeps Esc and the backdrop from closing it, e.g. while a request runs.
  busy?: boolean;
  // Shown in the header, right of the title.
  actions?: ReactNode;
  children: ReactNode;
}

// A modal above the versions drawer: Tab stays inside it, and Esc closes this one only, not the
// drawer below it.
export function VersionDialog({
  title,
  testId,
  size,
  onClose,
  busy = false,
  actions,
  children,
}: VersionDialogProps) {
  const t = useTranslate();
  const titleId = useId();
  const dialogRef = useDialogFocus<HTMLDivElement>();

  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (dialogRef.current) trapTabFocus(event, dialogRef.current);
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    if (!busy) onClose();
  };
  const handleBackdropMouseDown = (event: MouseEvent<HTMLDivElement>) => {
    if (event.target === event.currentTarget && !busy) onClose();
  };

  return (
    <div className="version-dialog-backdrop" onMouseDown={handleBackdropMouseDown}>
      <div
        className={`version-dialog version-dialog-${size}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        data-testid={testId}
        tabIndex={-1}
        ref={dialogRef}
        onKeyDown={handleKeyDown}
      >
        <header className="version-dialog-header">
          <h2 id={titleId}>{title}</h2>
          {actions}
          <button
            type="button"
            className="version-dialog-close"
            data-testid={`${testId}-close`}
            aria-label={t('versions.close')}
            disabled={busy}
            onClick={onClose}
          >
            ×
          </button>
        </header>
        <div className="version-dialog-body">{children}</div>
      </div>
    </div>
  );
}
