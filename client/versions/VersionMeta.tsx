import type { VersionSummary } from '../../shared/versions/versionApi.ts';
import { formatDateTime } from '../i18n/formatDateTime.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { useTranslate } from '../i18n/useTranslate.ts';
import { formatBytes } from './formatBytes.ts';
import { versionAuthorOf } from './versionNames.ts';

// Who made a version, when, and how large it is; a version saved by hand says so, the name of
// the others already tells how they came to be.
export function VersionMeta({ version }: { version: VersionSummary }) {
  const t = useTranslate();
  const language = useLanguage();
  const size = t('versions.size', {
    characters: version.characters,
    size: formatBytes(version.sizeBytes),
  });
  return (
    <span className="version-meta">
      <span data-testid="version-author">{versionAuthorOf(version, t)}</span>
      <time dateTime={version.createdAt} data-testid="version-time">
        {formatDateTime(version.createdAt, language)}
      </time>
      {version.kind === 'manual' && <span>{t('versions.kind.manual')}</span>}
      <span title={`${version.sizeBytes} B`}>{size}</span>
    </span>
  );
}
