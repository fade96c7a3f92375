import type { ChangeEvent } from 'react';
import { useTranslate } from '../i18n/useTranslate.ts';
import { FindingMessages } from './FindingMessages.tsx';
import type { SubmissionRefusedError } from './SubmissionRefusedError.ts';

interface SubmissionRefusalViewProps {
  refusal: SubmissionRefusedError;
  acknowledged: boolean;
  disabled: boolean;
  onAcknowledgedChange: (acknowledged: boolean) => void;
}

// Why the outline check stopped an approval: errors must be fixed, warnings acknowledged.
export function SubmissionRefusalView({
  refusal,
  acknowledged,
  disabled,
  onAcknowledgedChange,
}: SubmissionRefusalViewProps) {
  const t = useTranslate();
  const errors = refusal.findings.filter((finding) => finding.severity === 'error');
  const warnings = refusal.findings.filter((finding) => finding.severity !== 'error');
  const handleChange = (event: ChangeEvent<HTMLInputElement>) =>
    onAcknowledgedChange(event.target.checked);

  return (
    <div
      className="submission-refusal"
      data-testid="submission-refusal"
      data-reason={refusal.reason}
    >
      {errors.length > 0 && (
        <div className="refusal-errors" role="alert">
          <p>{t('review.refusedErrors', { count: errors.length })}</p>
          <FindingMessages findings={errors} />
        </div>
      )}
      {warnings.length > 0 && (
        <div className="refusal-warnings">
          <p>{t('review.refusedWarnings', { count: warnings.length })}</p>
          <FindingMessages findings={warnings} />
          <label className="checkbox-field">
            <input
              type="checkbox"
              checked={acknowledged}
              disabled={disabled}
              data-testid="acknowledge-warnings"
              onChange={handleChange}
            />
            {t('review.acknowledge')}
          </label>
        </div>
      )}
      {refusal.findings.length === 0 && <p role="alert">{refusal.message}</p>}
    </div>
  );
}
