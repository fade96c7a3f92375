import type { AuditEntry } from '../api/auditApi.ts';
import { formatDateTime } from '../i18n/formatDateTime.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { useTranslate } from '../i18n/useTranslate.ts';
import { auditActionKey } from './auditActionKey.ts';
import { describeAuditDetail } from './describeAuditDetail.ts';

interface AuditRowProps {
  entry: AuditEntry;
  // Report titles by id, so that a membership change names the report rather than its id.
  titles: ReadonlyMap<string, string>;
}

export function AuditRow({ entry, titles }: AuditRowProps) {
  const t = useTranslate();
  const language = useLanguage();
  const actionKey = auditActionKey(entry.action);
  const title = titles.get(entry.target);
  return (
    <tr data-testid="audit-row" data-action={entry.action}>
      <td className="nowrap">{formatDateTime(entry.at, language, { seconds: true })}</td>
      <td>{entry.actor || '—'}</td>
      <td title={entry.action}>{actionKey ? t(actionKey) : entry.action}</td>
      <td title={title ? entry.target : undefined}>
        {title ? `《${title}》` : entry.target || '—'}
      </td>
      <td className="detail">{describeAuditDetail(entry.detail, t)}</td>
      <td className="nowrap">{entry.ip || '—'}</td>
    </tr>
  );
}
