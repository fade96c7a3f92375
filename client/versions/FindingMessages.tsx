import type { Finding } from '../../shared/outline/Finding.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { useTranslate } from '../i18n/useTranslate.ts';

// Outline findings as a plain list: severity and message (a stored version has no editor to jump into).
export function FindingMessages({ findings }: { findings: readonly Finding[] }) {
  const t = useTranslate();
  const language = useLanguage();
  return (
    <ul className="version-findings">
      {findings.map((finding, index) => (
        <li
          key={`${index}:${finding.rule}`}
          data-testid="version-finding"
          data-rule={finding.rule}
          data-severity={finding.severity}
        >
          <span className={`severity-tag severity-${finding.severity}`}>
            {t(`review.severity.${finding.severity}`)}
          </span>
          {finding.message[language]}
        </li>
      ))}
    </ul>
  );
}
