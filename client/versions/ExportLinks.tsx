import { EXPORT_FORMATS, type ExportFormat } from '../../shared/versions/versionApi.ts';
import { useTranslate } from '../i18n/useTranslate.ts';
import { exportUrl } from './versionsApi.ts';

const FORMAT_LABELS: Record<ExportFormat, string> = {
  docx: 'Word',
  pdf: 'PDF',
  txt: 'TXT',
  md: 'MD',
};

// Plain download links: the browser saves the file under the name the server gives it.
export function ExportLinks({ documentId, versionId }: { documentId: string; versionId: string }) {
  const t = useTranslate();
  return (
    <span className="export-links" role="group" aria-label={t('versions.export')}>
      <span className="export-label">{t('versions.export')}</span>
      {EXPORT_FORMATS.map((format) => (
        <a
          key={format}
          href={exportUrl(documentId, versionId, format)}
          download
          data-testid="export-link"
          data-format={format}
          title={t('versions.exportHint', { format: FORMAT_LABELS[format] })}
        >
          {FORMAT_LABELS[format]}
        </a>
      ))}
    </span>
  );
}
