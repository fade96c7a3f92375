import type { AccessState } from '../collaboration/reduceAccess.ts';
import { useTranslate } from '../i18n/useTranslate.ts';
import { ROLE_TEXTS } from '../members/roleTexts.ts';

// Says why the report cannot be changed, above the page, for as long as that is so.
export function ReadOnlyBanner({ access }: { access: AccessState }) {
  const t = useTranslate();
  let text: string;
  if (access.ended) text = t('editor.readOnlyEnded');
  else if (access.role)
    text = t('editor.readOnlyBanner', { role: t(ROLE_TEXTS[access.role].label) });
  else if (access.role === null) text = t('editor.readOnlyNoRole');
  else return null;
  return (
    <div className="read-only-banner" role="status" data-testid="read-only-banner">
      {text}
    </div>
  );
}
