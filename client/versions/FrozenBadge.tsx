import type { VersionSummary } from '../../shared/versions/versionApi.ts';
import { useTranslate } from '../i18n/useTranslate.ts';

// 已提交 with the start of the content hash; the whole hash in the tooltip, to compare by eye.
export function FrozenBadge({ version }: { version: VersionSummary }) {
  const t = useTranslate();
  if (!version.frozen) return null;
  const hash = version.sha256 ?? '';
  return (
    <span
      className="frozen-badge"
      data-testid="frozen-badge"
      data-sha256={hash}
      title={t('versions.frozenHint', { hash })}
    >
      {t('versions.frozen')}
      {hash && <code className="frozen-hash">SHA-256 {hash.slice(0, 12)}…</code>}
    </span>
  );
}
