import { useState } from 'react';
import type { RestoreResult, VersionSummary } from '../../shared/versions/versionApi.ts';
import { ApiRequestError } from '../api/ApiRequestError.ts';
import { describeApiError } from '../api/describeApiError.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { useTranslate } from '../i18n/useTranslate.ts';
import { VersionDialog } from './VersionDialog.tsx';
import { quotedVersionLabelOf } from './versionNames.ts';

interface RestoreDialogProps {
  version: VersionSummary;
  onRestore: (versionId: string) => Promise<RestoreResult>;
  onRestored: (result: RestoreResult) => void;
  onClose: () => void;
}

// Asks before a restore; a refusal (e.g. someone holds a lock on a section it would change)
// stays in the dialog, in the server's words.
export function RestoreDialog({ version, onRestore, onRestored, onClose }: RestoreDialogProps) {
  const t = useTranslate();
  const language = useLanguage();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const restore = async () => {
    setBusy(true);
    setError(null);
    try {
      onRestored(await onRestore(version.id));
    } catch (caught: unknown) {
      // A 409 is the server's own full sentence (who holds which lock); keep it as it is.
      const message = describeApiError(caught, t);
      const conflict = caught instanceof ApiRequestError && caught.status === 409;
      setError(conflict ? message : t('restore.failed', { message }));
      setBusy(false);
    }
  };
  const handleConfirm = () => void restore();

  return (
    <VersionDialog
      title={t('restore.heading')}
      testId="restore-dialog"
      size="narrow"
      busy={busy}
      onClose={onClose}
    >
      <p>{t('restore.explanation', { name: quotedVersionLabelOf(version, t, language) })}</p>
      {error && (
        <p className="form-error" role="alert" data-testid="restore-error">
          {error}
        </p>
      )}
      <div className="dialog-buttons">
        <button
          type="button"
          className="primary"
          data-testid="restore-confirm"
          disabled={busy}
          onClick={handleConfirm}
        >
          {busy ? t('restore.restoring') : t('restore.confirm')}
        </button>
        <button type="button" data-testid="restore-cancel" disabled={busy} onClick={onClose}>
          {t('versions.cancel')}
        </button>
      </div>
    </VersionDialog>
  );
}
