import type { OutlineStatus } from '../../shared/versions/versionApi.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { useTranslate } from '../i18n/useTranslate.ts';

function textKeyOf({ errors, warnings }: OutlineStatus): MessageKey {
  if (errors > 0) return warnings > 0 ? 'versions.outlineIssues' : 'versions.outlineErrors';
  return warnings > 0 ? 'versions.outlineWarnings' : 'versions.outlineOk';
}

// A version's outline check result: green when clean, red with errors, amber with warnings.
export function OutlineStatusText({ outline }: { outline: OutlineStatus }) {
  const t = useTranslate();
  const severity = outline.errors > 0 ? 'error' : outline.warnings > 0 ? 'warning' : 'ok';
  return (
    <span
      className={`version-outline version-outline-${severity}`}
      data-testid="version-outline"
      data-errors={outline.errors}
      data-warnings={outline.warnings}
    >
      {t(textKeyOf(outline), { ...outline })}
    </span>
  );
}
