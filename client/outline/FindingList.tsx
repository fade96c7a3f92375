import type { Finding } from '../../shared/outline/Finding.ts';
import type { OutlineNode } from '../../shared/schema/outlineOf.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { useOutlineTranslate } from './useOutlineTranslate.ts';

interface FindingListProps {
  findings: readonly Finding[];
  sections: readonly OutlineNode[];
  onReveal: (finding: Finding) => void;
  // Null when the user may not edit: no fix buttons then.
  onFix: ((finding: Finding) => void) | null;
}

function labelsOf(sections: readonly OutlineNode[], into = new Map<string, string>()) {
  for (const section of sections) {
    into.set(section.id, `${section.number}${section.heading}`);
    labelsOf(section.children, into);
  }
  return into;
}

export function FindingList({ findings, sections, onReveal, onFix }: FindingListProps) {
  const t = useOutlineTranslate();
  const language = useLanguage();
  const labels = labelsOf(sections);

  const locationOf = (finding: Finding): string => {
    if (finding.field === 'title') return t('panel.titleLocation');
    if (finding.sectionId !== null) return labels.get(finding.sectionId) ?? '';
    return finding.field === 'body' ? t('panel.leadLocation') : t('panel.reportLocation');
  };

  return (
    <ul className="finding-list">
      {findings.map((finding, index) => {
        const handleReveal = () => onReveal(finding);
        const handleFix = () => onFix?.(finding);
        const key = `${index}:${finding.rule}:${finding.sectionId}:${finding.blockIndex}:${finding.range?.start}`;
        return (
          <li
            key={key}
            className={`finding finding-${finding.severity}`}
            data-testid="finding"
            data-rule={finding.rule}
            data-severity={finding.severity}
          >
            <span
              className={`outline-dot outline-dot-${finding.severity}`}
              aria-label={t(`severity.${finding.severity}`)}
            />
            <div className="finding-body">
              <button type="button" className="finding-location" onClick={handleReveal}>
                {locationOf(finding)}
              </button>
              <p className="finding-message">{finding.message[language]}</p>
              {finding.fix && onFix && (
                <button
                  type="button"
                  className="finding-fix"
                  data-testid="finding-fix"
                  onClick={handleFix}
                >
                  {finding.fix.label[language]}
                </button>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
