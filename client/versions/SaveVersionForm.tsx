import { useState, type ChangeEvent, type FormEvent, type KeyboardEvent } from 'react';
import { versionNameSchema } from '../../shared/versions/versionApi.ts';
import { describeApiError } from '../api/describeApiError.ts';
import { useTranslate } from '../i18n/useTranslate.ts';

export function SaveVersionForm({ onSave }: { onSave: (name: string) => Promise<void> }) {
  const t = useTranslate();
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const save = async (valid: string) => {
    setBusy(true);
    setError(null);
    try {
      await onSave(valid);
      setName('');
    } catch (caught: unknown) {
      setError(t('versions.actionFailed', { message: describeApiError(caught, t) }));
    } finally {
      setBusy(false);
    }
  };
  const handleChange = (event: ChangeEvent<HTMLInputElement>) => setName(event.target.value);
  // Esc first clears a name being typed; on an empty field it closes the panel as usual.
  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Escape' || busy || (!name && !error)) return;
    event.stopPropagation();
    setName('');
    setError(null);
  };
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = versionNameSchema.safeParse(name);
    if (parsed.success) void save(parsed.data);
    else setError(t('versions.nameRequired'));
  };

  return (
    <form className="version-save-form" onSubmit={handleSubmit}>
      <label className="version-field">
        <span>{t('versions.saveLabel')}</span>
        <span className="inline-form">
          <input
            value={name}
            maxLength={100}
            placeholder={t('versions.savePlaceholder')}
            data-testid="version-name-input"
            disabled={busy}
            onChange={handleChange}
            onKeyDown={handleKeyDown}
          />
          <button type="submit" className="primary" data-testid="save-version" disabled={busy}>
            {busy ? t('versions.saving') : t('versions.save')}
          </button>
        </span>
      </label>
      {error && (
        <p className="form-error" role="alert" data-testid="save-version-error">
          {error}
        </p>
      )}
    </form>
  );
}
