import {
  useState,
  type ChangeEvent,
  type FormEvent,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { permissionsOf } from '../../shared/auth/roles.ts';
import { describeApiError } from '../api/describeApiError.ts';
import type { DocumentEntry } from '../api/documentsApi.ts';
import { formatDateTime } from '../i18n/formatDateTime.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { useTranslate } from '../i18n/useTranslate.ts';
import { RoleBadge } from '../members/RoleBadge.tsx';
import { editorPath } from '../routing/editorPath.ts';
import { navigate } from '../routing/navigate.ts';

interface DocumentRowProps {
  document: DocumentEntry;
  isAdmin: boolean;
  onRename: (id: string, title: string) => Promise<void>;
  onDelete: (id: string) => Promise<void>;
}

type Mode = 'view' | 'renaming' | 'confirmingDelete';

export function DocumentRow({ document, isAdmin, onRename, onDelete }: DocumentRowProps) {
  const t = useTranslate();
  const language = useLanguage();
  const [mode, setMode] = useState<Mode>('view');
  const [draft, setDraft] = useState(document.title);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const title = document.title || t('editor.untitled');
  const permissions = document.role ? permissionsOf(document.role) : null;
  const canRename = isAdmin || (permissions?.manageReport ?? false);
  const canDelete = isAdmin || (permissions?.deleteReport ?? false);

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
      setMode('view');
    } catch (caught: unknown) {
      setError(t('list.actionFailed', { message: describeApiError(caught, t) }));
    } finally {
      setBusy(false);
    }
  };

  const handleOpen = () => navigate(editorPath(document.id));
  const handleTitleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    // Let modified clicks open a new tab as links do.
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    handleOpen();
  };
  const handleStartRename = () => {
    setDraft(document.title);
    setError(null);
    setMode('renaming');
  };
  const handleDraftChange = (event: ChangeEvent<HTMLInputElement>) => setDraft(event.target.value);
  const handleRenameSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = draft.trim();
    if (!trimmed) {
      setError(t('list.titleRequired'));
      return;
    }
    void run(() => onRename(document.id, trimmed));
  };
  const handleRenameKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape') setMode('view');
  };
  const handleCancel = () => setMode('view');
  const handleAskDelete = () => {
    setError(null);
    setMode('confirmingDelete');
  };
  const handleConfirmDelete = () => void run(() => onDelete(document.id));

  return (
    <li className="doc-item" data-testid="doc-item" data-doc-id={document.id}>
      {mode === 'renaming' ? (
        <form className="rename-form" onSubmit={handleRenameSubmit}>
          <input
            data-testid="rename-input"
            value={draft}
            maxLength={200}
            autoFocus
            aria-label={t('list.rename')}
            onChange={handleDraftChange}
            onKeyDown={handleRenameKeyDown}
          />
          <button type="submit" data-testid="rename-save" disabled={busy}>
            {t('list.renameSave')}
          </button>
          <button type="button" data-testid="rename-cancel" onClick={handleCancel}>
            {t('list.renameCancel')}
          </button>
        </form>
      ) : (
        <div className="doc-item-main">
          <a
            className="doc-item-title"
            data-testid="doc-item-title"
            href={editorPath(document.id)}
            onClick={handleTitleClick}
          >
            {title}
          </a>
          {document.updatedAt && (
            <span className="doc-item-time">
              {t('list.updatedAt', { time: formatDateTime(document.updatedAt, language) })}
            </span>
          )}
        </div>
      )}
      <RoleBadge role={document.role} testId="doc-role" />
      {mode === 'confirmingDelete' ? (
        <div className="doc-item-actions confirm" role="alertdialog">
          <span>{t('list.deleteConfirm', { title })}</span>
          <button
            type="button"
            className="danger"
            data-testid="confirm-delete"
            disabled={busy}
            onClick={handleConfirmDelete}
          >
            {t('list.deleteYes')}
          </button>
          <button type="button" data-testid="cancel-delete" onClick={handleCancel}>
            {t('list.deleteNo')}
          </button>
        </div>
      ) : (
        mode === 'view' && (
          <div className="doc-item-actions">
            <button type="button" data-testid="open-doc" onClick={handleOpen}>
              {t('list.open')}
            </button>
            {canRename && (
              <button type="button" data-testid="rename-doc" onClick={handleStartRename}>
                {t('list.rename')}
              </button>
            )}
            {canDelete && (
              <button type="button" data-testid="delete-doc" onClick={handleAskDelete}>
                {t('list.delete')}
              </button>
            )}
          </div>
        )
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}
