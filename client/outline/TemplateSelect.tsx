import { useState, type ChangeEvent } from 'react';
import { listTemplates } from '../../shared/templates/listTemplates.ts';
import { describeApiError } from '../api/describeApiError.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { useTranslate } from '../i18n/useTranslate.ts';
import { documentTemplateStore } from './documentTemplateStore.ts';
import { useDocumentTemplate } from './useDocumentTemplate.ts';
import { useOutlineTranslate } from './useOutlineTranslate.ts';
import './outlinePanel.css';

// Picks the template the document is held to; the change is stored with the document.
export function TemplateSelect({ documentId }: { documentId: string }) {
  const t = useOutlineTranslate();
  const translateApp = useTranslate();
  const language = useLanguage();
  const current = useDocumentTemplate(documentId);
  const templateId = current?.templateId ?? null;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const templates = listTemplates();
  const known = templates.some((template) => template.id === templateId);

  const handleChange = async (event: ChangeEvent<HTMLSelectElement>) => {
    const next = event.target.value;
    setBusy(true);
    setError(null);
    try {
      await documentTemplateStore.change(documentId, next);
    } catch (caught: unknown) {
      setError(t('template.failed', { message: describeApiError(caught, translateApp) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <span className="template-select">
      <select
        data-testid="template-select"
        aria-label={t('template.label')}
        title={error ?? t('template.label')}
        value={templateId ?? ''}
        disabled={!current?.canChange || busy}
        onChange={handleChange}
      >
        {templateId !== null && !known && <option value={templateId}>{templateId}</option>}
        {templateId === null && <option value="">…</option>}
        {templates.map((template) => (
          <option key={template.id} value={template.id}>
            {template.name[language]}
          </option>
        ))}
      </select>
      {error && (
        <span className="template-error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
