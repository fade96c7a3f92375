import type { Editor } from '@tiptap/core';
import type { Severity } from '../../shared/outline/Finding.ts';
import { useOutlineCheck } from './useOutlineCheck.ts';
import { useOutlineTranslate } from './useOutlineTranslate.ts';
import './outlinePanel.css';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

// The finding counts for the top bar; shares its check with the outline panel.
export function OutlineCounts({
  editor,
  templateId,
}: {
  editor: Editor;
  templateId: string | null;
}) {
  const t = useOutlineTranslate();
  const { counts } = useOutlineCheck(editor, templateId);
  if (templateId === null) return null;
  const summary = t('counts.summary', counts);
  return (
    <span
      className="outline-counts"
      data-testid="outline-counts"
      data-errors={counts.error}
      data-warnings={counts.warning}
      data-info={counts.info}
      title={summary}
      aria-label={summary}
    >
      {SEVERITIES.map((severity) => (
        <span key={severity} className="outline-count" data-severity={severity}>
          <span className={`outline-dot outline-dot-${severity}`} aria-hidden />
          {counts[severity]}
        </span>
      ))}
    </span>
  );
}
