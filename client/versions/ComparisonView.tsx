import { useCallback, useRef } from 'react';
import { describeApiError } from '../api/describeApiError.ts';
import { useTranslate } from '../i18n/useTranslate.ts';
import { ComparedPage } from './ComparedPage.tsx';
import { ComparisonSummary } from './ComparisonSummary.tsx';
import { useAsyncResult } from './useAsyncResult.ts';
import { VersionDialog } from './VersionDialog.tsx';
import { versionsApi } from './versionsApi.ts';

// One side of a comparison: a version id or `current`, and what to call it.
export interface ComparisonSide {
  id: string;
  label: string;
}

interface ComparisonViewProps {
  documentId: string;
  from: ComparisonSide;
  to: ComparisonSide;
  onClose: () => void;
}

export function ComparisonView({ documentId, from, to, onClose }: ComparisonViewProps) {
  const t = useTranslate();
  const load = useCallback(
    () => versionsApi.compare(documentId, from.id, to.id),
    [documentId, from.id, to.id],
  );
  const result = useAsyncResult(load);
  const bodyRef = useRef<HTMLDivElement>(null);

  const handleJump = (sectionId: string) => {
    const target = bodyRef.current?.querySelector(
      `[data-compare-section="${CSS.escape(sectionId)}"]`,
    );
    target?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  };

  return (
    <VersionDialog
      title={t('compare.title', { from: from.label, to: to.label })}
      testId="comparison-view"
      size="page"
      onClose={onClose}
    >
      <div ref={bodyRef} data-from={from.id} data-to={to.id}>
        {result.status === 'loading' && <p className="list-hint">{t('compare.loading')}</p>}
        {result.status === 'failed' && (
          <p className="form-error" role="alert">
            {t('compare.failed', { message: describeApiError(result.error, t) })}
          </p>
        )}
        {result.status === 'ready' && (
          <>
            <div className="comparison-facts" data-testid="comparison-facts">
              <span className="compare-legend">
                <ins>{t('compare.legendInsert')}</ins>
                <del>{t('compare.legendDelete')}</del>
              </span>
              <span data-testid="comparison-totals">
                {result.value.identical
                  ? t('compare.identical')
                  : t('compare.totals', {
                      inserted: result.value.totals.insertedCharacters,
                      deleted: result.value.totals.deletedCharacters,
                    })}
              </span>
            </div>
            {result.value.sections.length > 0 && (
              <section className="comparison-summary-section">
                <h3>{t('compare.summary')}</h3>
                <ComparisonSummary sections={result.value.sections} onJump={handleJump} />
              </section>
            )}
            <div className="version-page-scroller">
              <ComparedPage blocks={result.value.blocks} />
            </div>
          </>
        )}
      </div>
    </VersionDialog>
  );
}
