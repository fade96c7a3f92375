import { useState, type ChangeEvent, type FormEvent, type KeyboardEvent } from 'react';
import { DEFAULT_TEMPLATE_ID } from '../../shared/protocol/defaultTemplateId.ts';
import { IMPORT_FILE_EXTENSIONS, MAX_IMPORT_FILE_BYTES } from '../../shared/protocol/importApi.ts';
import { listTemplates } from '../../shared/templates/listTemplates.ts';
import { describeApiError } from '../api/describeApiError.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { useTranslate } from '../i18n/useTranslate.ts';
import { editorPath } from '../routing/editorPath.ts';
import { navigate } from '../routing/navigate.ts';
import { importDocument } from './importDocument.ts';
import { useOutlineTranslate } from './useOutlineTranslate.ts';
import './outlinePanel.css';

const MAX_MEGABYTES = MAX_IMPORT_FILE_BYTES / 1024 / 1024;
const ACCEPT = [
  ...IMPORT_FILE_EXTENSIONS,
  'text/plain',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
].join(',');

function hasImportableName(file: File): boolean {
  const name = file.name.toLowerCase();
  return IMPORT_FILE_EXTENSIONS.some((extension) => name.endsWith(extension));
}

// A button that opens the import form: paste text or choose a file, pick a template, import.
export function ImportDialog() {
  const t = useOutlineTranslate();
  const translateApp = useTranslate();
  const language = useLanguage();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [title, setTitle] = useState('');
  const [template, setTemplate] = useState(DEFAULT_TEMPLATE_ID);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // Checked here too, so that a wrong or oversized file is refused before it is sent.
  const fileProblem = (candidate: File): string | null => {
    if (!hasImportableName(candidate)) return t('import.wrongType');
    if (candidate.size > MAX_IMPORT_FILE_BYTES)
      return t('import.tooLarge', { size: MAX_MEGABYTES });
    return null;
  };

  const handleOpen = () => {
    setOpen(true);
    setError(null);
  };
  const handleClose = () => {
    if (!busy) setOpen(false);
  };
  const handleKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') handleClose();
  };
  const handleTextChange = (event: ChangeEvent<HTMLTextAreaElement>) => {
    setText(event.target.value);
    setError(null);
  };
  const handleFileChange = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0] ?? null;
    setError(chosen && fileProblem(chosen));
    setFile(chosen);
  };
  const handleTitleChange = (event: ChangeEvent<HTMLInputElement>) => setTitle(event.target.value);
  const handleTemplateChange = (event: ChangeEvent<HTMLSelectElement>) =>
    setTemplate(event.target.value);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problem = !file && !text.trim() ? t('import.nothing') : file && fileProblem(file);
    if (problem) {
      setError(problem);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const imported = await importDocument({
        text,
        file: file ?? undefined,
        title: title.trim() || undefined,
        template,
      });
      setOpen(false);
      navigate(editorPath(imported.id));
    } catch (caught: unknown) {
      setError(t('import.failed', { message: describeApiError(caught, translateApp) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" data-testid="import-open" onClick={handleOpen}>
        {t('import.open')}
      </button>
      {open && (
        <div className="import-backdrop" onKeyDown={handleKeyDown}>
          <form
            className="import-dialog"
            role="dialog"
            aria-modal="true"
            aria-labelledby="import-heading"
            data-testid="import-dialog"
            onSubmit={handleSubmit}
          >
            <h2 id="import-heading">{t('import.heading')}</h2>
            <label className="import-field">
              <span>{t('import.textLabel')}</span>
              <textarea
                data-testid="import-text"
                rows={12}
                value={text}
                placeholder={t('import.textPlaceholder')}
                disabled={file !== null}
                onChange={handleTextChange}
              />
            </label>
            <label className="import-field">
              <span>{t('import.fileLabel', { size: MAX_MEGABYTES })}</span>
              <input
                type="file"
                data-testid="import-file"
                accept={ACCEPT}
                onChange={handleFileChange}
              />
            </label>
            <label className="import-field">
              <span>{t('import.titleLabel')}</span>
              <input
                data-testid="import-title"
                value={title}
                maxLength={200}
                onChange={handleTitleChange}
              />
            </label>
            <label className="import-field">
              <span>{t('import.templateLabel')}</span>
              <select
                data-testid="import-template"
                value={template}
                onChange={handleTemplateChange}
              >
                {listTemplates().map((option) => (
                  <option key={option.id} value={option.id}>
                    {option.name[language]}
                  </option>
                ))}
              </select>
            </label>
            {error && (
              <p className="form-error" role="alert" data-testid="import-error">
                {error}
              </p>
            )}
            <div className="import-actions">
              <button type="button" onClick={handleClose} disabled={busy}>
                {t('import.cancel')}
              </button>
              <button type="submit" data-testid="import-submit" disabled={busy}>
                {busy ? t('import.submitting') : t('import.submit')}
              </button>
            </div>
          </form>
        </div>
      )}
    </>
  );
}
