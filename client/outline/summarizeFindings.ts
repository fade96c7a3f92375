import type { Finding, Severity } from '../../shared/outline/Finding.ts';

export type SeverityCounts = Record<Severity, number>;

export type SectionStatus = 'ok' | 'warning' | 'error';

export interface FindingSummary {
  counts: SeverityCounts;
  // Sections without an entry are ok; info findings do not change a section's status.
  statusBySection: ReadonlyMap<string, SectionStatus>;
}

export function summarizeFindings(findings: readonly Finding[]): FindingSummary {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  const statusBySection = new Map<string, SectionStatus>();
  for (const finding of findings) {
    counts[finding.severity] += 1;
    if (finding.sectionId === null || finding.severity === 'info') continue;
    if (finding.severity === 'error' || !statusBySection.has(finding.sectionId)) {
      statusBySection.set(finding.sectionId, finding.severity);
    }
  }
  return { counts, statusBySection };
}
