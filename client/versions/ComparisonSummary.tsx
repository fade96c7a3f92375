import type { SectionChange } from '../../shared/versions/ReportComparison.ts';
import { useTranslate } from '../i18n/useTranslate.ts';

interface ComparisonSummaryProps {
  sections: readonly SectionChange[];
  onJump: (sectionId: string) => void;
}

// One row per section that differs: which, how, and how many characters came and went.
export function ComparisonSummary({ sections, onJump }: ComparisonSummaryProps) {
  const t = useTranslate();
  return (
    <table className="comparison-summary" data-testid="comparison-summary">
      <thead>
        <tr>
          <th scope="col">{t('compare.section')}</th>
          <th scope="col">{t('compare.status')}</th>
          <th scope="col" className="numeric">
            {t('compare.inserted')}
          </th>
          <th scope="col" className="numeric">
            {t('compare.deleted')}
          </th>
        </tr>
      </thead>
      <tbody>
        {sections.map((change) => {
          const sectionId = change.sectionId;
          const label =
            sectionId === null
              ? t('compare.titleAndLead')
              : `${change.number ?? ''}${change.heading}`;
          const handleJump = () => {
            if (sectionId !== null) onJump(sectionId);
          };
          const moved =
            change.previousNumber !== null && change.previousNumber !== change.number
              ? t('compare.movedFrom', { number: change.previousNumber })
              : null;
          return (
            <tr
              key={sectionId ?? 'title-and-lead'}
              data-testid="comparison-summary-row"
              data-section-id={sectionId ?? ''}
              data-status={change.status}
              data-inserted={change.insertedCharacters}
              data-deleted={change.deletedCharacters}
            >
              <td>
                {sectionId !== null ? (
                  <button type="button" className="link-button" onClick={handleJump}>
                    {label}
                  </button>
                ) : (
                  label
                )}
              </td>
              <td>
                <span className={`change-status change-${change.status}`}>
                  {t(`compare.status.${change.status}`)}
                </span>
                {moved && <span className="muted"> {moved}</span>}
              </td>
              <td className="numeric inserted-count">+{change.insertedCharacters}</td>
              <td className="numeric deleted-count">−{change.deletedCharacters}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
