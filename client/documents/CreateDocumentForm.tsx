import { useState, type ChangeEvent, type FormEvent } from 'react';
import { describeApiError } from '../api/describeApiError.ts';
import { DEFAULT_TEMPLATE_ID } from '../../shared/protocol/defaultTemplateId.ts';
import { listTemplates } from '../../shared/templates/listTemplates.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { useTranslate } from '../i18n/useTranslate.ts';

interface CreateDocumentFormProps {
  onCreate: (title: string, template: string) => Promise<unknown>;
}

export function CreateDocumentForm({ onCreate }: CreateDocumentFormProps) {
  const t = useTranslate();
  const language = useLanguage();
  const [title, setTitle] = useState('');
  const [template, setTemplate] = useState(DEFAULT_TEMPLATE_ID);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const handleTitleChange = (event: ChangeEvent<HTMLInputElement>) => {
    setTitle(event.target.value);
    setError(null);
  };

  const handleTemplateChange = (event: ChangeEvent<HTMLSelectElement>) => {
    setTemplate(event.target.value);
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = title.trim();
    if (!trimmed) {
      setError(t('list.titleRequired'));
      return;
    }
    setBusy(true);
    try {
      await onCreate(trimmed, template);
      setTitle('');
    } catch (caught: unknown) {
      setError(t('list.actionFailed', { message: describeApiError(caught, t) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="create-form" onSubmit={handleSubmit}>
      <input
        data-testid="new-doc-title"
        value={title}
        maxLength={200}
        placeholder={t('list.newTitlePlaceholder')}
        aria-label={t('list.newTitlePlaceholder')}
        onChange={handleTitleChange}
      />
      <select
        data-testid="new-doc-template"
        value={template}
        aria-label={t('list.template')}
        onChange={handleTemplateChange}
      >
        {listTemplates().map((option) => (
          <option key={option.id} value={option.id}>
            {option.name[language]}
          </option>
        ))}
      </select>
      <button type="submit" data-testid="create-doc" disabled={busy}>
        {busy ? t('list.creating') : t('list.create')}
      </button>
      {error && (
        <p className="form-error" role="alert" data-testid="create-doc-error">
          {error}
        </p>
      )}
    </form>
  );
}
