import { EXPORT_FORMATS, type ExportFormat } from '../../shared/versions/versionApi.ts';
import { useTranslate } from '../i18n/useTranslate.ts';
import { describeExportError } from './describeExportError.ts';
import { useExportDownload } from './useExportDownload.ts';

const FORMAT_LABELS: Record<ExportFormat, string> = {
  docx: 'Word',
  pdf: 'PDF',
  txt: 'TXT',
  md: 'MD',
};

interface ExportControlsProps {
  documentId: string;
  versionId: string;
}

// One button per format. The file is fetched first, so that a failure (PDF unavailable, the
// renderer busy) shows here instead of being saved as a file; the PDF takes a few seconds.
export function ExportControls({ documentId, versionId }: ExportControlsProps) {
  const t = useTranslate();
  const { state, start, dismiss } = useExportDownload(documentId, versionId);
  const busy = state.status === 'busy';

  return (
    <span className="export-controls">
      <span
        className="export-links"
        role="group"
        aria-label={t('versions.export')}
        aria-busy={busy}
      >
        <span className="export-label">{t('versions.export')}</span>
        {EXPORT_FORMATS.map((format) => {
          const running = busy && state.format === format;
          const handleClick = () => void start(format);
          return (
            <button
              key={format}
              type="button"
              className="link-button export-button"
              data-testid="export-link"
              data-format={format}
              data-busy={running ? 'true' : 'false'}
              title={t('versions.exportHint', { format: FORMAT_LABELS[format] })}
              disabled={busy}
              onClick={handleClick}
            >
              {running
                ? t('export.running', { format: FORMAT_LABELS[format] })
                : FORMAT_LABELS[format]}
            </button>
          );
        })}
      </span>
      {state.status === 'failed' && (
        <span className="form-error export-error" role="alert" data-testid="export-error">
          <span className="export-error-text">
            {describeExportError(state.error, FORMAT_LABELS[state.format], t)}
          </span>
          <button
            type="button"
            className="link-button"
            aria-label={t('versions.close')}
            onClick={dismiss}
          >
            ×
          </button>
        </span>
      )}
    </span>
  );
}
