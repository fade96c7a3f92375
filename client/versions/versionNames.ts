import type { VersionSummary } from '../../shared/versions/versionApi.ts';
import { formatDateTime } from '../i18n/formatDateTime.ts';
import type { Language } from '../i18n/messages.ts';
import type { Translate } from '../i18n/useTranslate.ts';

// The server's own name for the author of the versions it makes on its own.
const STORED_SYSTEM_AUTHOR = '系统';

// Text put inside “…”: its own double quotes become single ones (恢复“初稿” → 恢复‘初稿’).
export function nestQuotes(text: string): string {
  return text.replace(/“/g, '‘').replace(/”/g, '’');
}

// A version's name as shown. The server names the versions it makes in Chinese (自动保存,
// 恢复“…”前的备份, 报送版本); those are named by their kind in the reader's language instead.
export function versionNameOf(version: VersionSummary, t: Translate): string {
  if (version.kind === 'manual') return version.name;
  return t(`versions.kindName.${version.kind}`);
}

// The name with the time it was made, to tell apart versions of the same name.
export function versionLabelOf(version: VersionSummary, t: Translate, language: Language): string {
  return t('versions.label', {
    name: versionNameOf(version, t),
    time: formatDateTime(version.createdAt, language),
  });
}

// The name in quotes with the time after it, for sentences: “初稿”（2026年11月25日 14:05）.
export function quotedVersionLabelOf(
  version: VersionSummary,
  t: Translate,
  language: Language,
): string {
  return t('versions.label', {
    name: `“${nestQuotes(versionNameOf(version, t))}”`,
    time: formatDateTime(version.createdAt, language),
  });
}

// Who made a version; the server itself is “System” in English.
export function versionAuthorOf(version: VersionSummary, t: Translate): string {
  const stored = version.authorName.trim();
  if (version.authorId === null || !stored || stored === STORED_SYSTEM_AUTHOR) {
    return t('versions.systemAuthor');
  }
  return stored;
}
