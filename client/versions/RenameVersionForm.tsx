import { useState, type ChangeEvent, type FormEvent, type KeyboardEvent } from 'react';
import { versionNameSchema } from '../../shared/versions/versionApi.ts';
import { useTranslate } from '../i18n/useTranslate.ts';

interface RenameVersionFormProps {
  name: string;
  busy: boolean;
  onRename: (name: string) => void;
  onCancel: () => void;
}

export function RenameVersionForm({ name, busy, onRename, onCancel }: RenameVersionFormProps) {
  const t = useTranslate();
  const [value, setValue] = useState(name);
  const [error, setError] = useState<string | null>(null);

  const handleChange = (event: ChangeEvent<HTMLInputElement>) => setValue(event.target.value);
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = versionNameSchema.safeParse(value);
    if (!parsed.success) {
      setError(t('versions.nameRequired'));
      return;
    }
    onRename(parsed.data);
  };
  // Esc anywhere in the form cancels the renaming, not the panel.
  const handleKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    if (!busy) onCancel();
  };

  return (
    <form className="inline-form version-rename" onSubmit={handleSubmit} onKeyDown={handleKeyDown}>
      <input
        value={value}
        maxLength={100}
        autoFocus
        aria-label={t('versions.saveLabel')}
        data-testid="version-rename-input"
        disabled={busy}
        onChange={handleChange}
      />
      <button type="submit" data-testid="version-rename-save" disabled={busy}>
        {t('versions.renameSave')}
      </button>
      <button type="button" data-testid="version-rename-cancel" disabled={busy} onClick={onCancel}>
        {t('versions.cancel')}
      </button>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
