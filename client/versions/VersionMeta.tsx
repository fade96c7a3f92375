import type { VersionSummary } from '../../shared/versions/versionApi.ts';
import { formatDateTime } from '../i18n/formatDateTime.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { useTranslate } from '../i18n/useTranslate.ts';
import { formatBytes } from './formatBytes.ts';

// Who made a version, when, how it came to be and how large it is.
export function VersionMeta({ version }: { version: VersionSummary }) {
  const t = useTranslate();
  const language = useLanguage();
  const author = version.authorName || t('versions.systemAuthor');
  const size = t('versions.size', {
    characters: version.characters,
    size: formatBytes(version.sizeBytes),
  });
  return (
    <span className="version-meta">
      <span data-testid="version-author">{author}</span>
      <time dateTime={version.createdAt} data-testid="version-time">
        {formatDateTime(version.createdAt, language)}
      </time>
      <span>{t(`versions.kind.${version.kind}`)}</span>
      <span title={`${version.sizeBytes} B`}>{size}</span>
    </span>
  );
}
