import type { AuditEntry } from '../api/auditApi.ts';

const newestFirst = (a: AuditEntry, b: AuditEntry) =>
  b.at.localeCompare(a.at) ||
  (/^\d+$/.test(a.id) && /^\d+$/.test(b.id)
    ? Number(b.id) - Number(a.id)
    : b.id.localeCompare(a.id));

// Adds a page to what is shown, newest first, each entry once (a server that ignores paging
// sends the same entries again).
export function mergeAuditEntries(
  shown: readonly AuditEntry[],
  page: readonly AuditEntry[],
): AuditEntry[] {
  const seen = new Set(shown.map((entry) => entry.id));
  return [...shown, ...page.filter((entry) => !seen.has(entry.id))].sort(newestFirst);
}
