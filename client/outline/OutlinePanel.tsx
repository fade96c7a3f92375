import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useState } from 'react';
import type { SectionLock } from '../../shared/locks/SectionLock.ts';
import type { Finding } from '../../shared/outline/Finding.ts';
import type { CommentStore } from '../comments/CommentStore.ts';
import { useOpenThreadsBySection } from '../comments/useOpenThreadsBySection.ts';
import { applyFindingFix } from './applyFindingFix.ts';
import { FindingFilter, type SeverityFilter } from './FindingFilter.tsx';
import { FindingList } from './FindingList.tsx';
import { jumpToSection } from './jumpToSection.ts';
import { outlineCheckStoreFor } from './outlineCheckStoreFor.ts';
import { OutlineTree } from './OutlineTree.tsx';
import { revealFinding } from './revealFinding.ts';
import { useOutlineCheck } from './useOutlineCheck.ts';
import { useOutlineTranslate } from './useOutlineTranslate.ts';
import './outlinePanel.css';

interface OutlinePanelProps {
  editor: Editor;
  // Null while the document's template is not known yet: the tree shows, the findings wait.
  templateId: string | null;
  // Section locks, shown as badges in the tree.
  locks?: ReadonlyMap<string, SectionLock>;
  // Comment threads, counted per section in the tree.
  comments: CommentStore;
}

// Beside the editor: the numbered section tree with a status per section, and the findings.
export function OutlinePanel({ editor, templateId, locks, comments }: OutlinePanelProps) {
  const t = useOutlineTranslate();
  const check = useOutlineCheck(editor, templateId);
  const openThreads = useOpenThreadsBySection(editor, comments);
  const [filter, setFilter] = useState<SeverityFilter>('all');
  const [fixFailed, setFixFailed] = useState(false);
  // A viewer (or a report being restored) sees the findings without the fixes.
  const editable = useEditorState({
    editor,
    selector: ({ editor: current }) => current.isEditable,
  });

  const shown =
    filter === 'all'
      ? check.findings
      : check.findings.filter((finding) => finding.severity === filter);

  const handleJump = (sectionId: string) => {
    jumpToSection(editor, sectionId);
  };
  const handleReveal = (finding: Finding) => {
    revealFinding(editor, finding);
  };
  const handleFix = (finding: Finding) => {
    const applied = applyFindingFix(editor, finding);
    setFixFailed(!applied);
    outlineCheckStoreFor(editor, templateId).refresh();
  };

  return (
    <aside className="outline-panel" data-testid="outline-panel" aria-label={t('panel.label')}>
      <section className="outline-section">
        <h2 className="outline-panel-heading">{t('panel.structure')}</h2>
        {check.outline.sections.length > 0 ? (
          <div role="tree" aria-label={t('panel.structure')}>
            <OutlineTree
              nodes={check.outline.sections}
              statusBySection={check.statusBySection}
              locks={locks}
              openThreads={openThreads}
              onJump={handleJump}
            />
          </div>
        ) : (
          <p className="outline-hint">{t('panel.noSections')}</p>
        )}
      </section>
      <section className="outline-section">
        <h2 className="outline-panel-heading">{t('panel.findings')}</h2>
        {templateId === null ? (
          <p className="outline-hint">{t('panel.noTemplate')}</p>
        ) : (
          <>
            <FindingFilter value={filter} counts={check.counts} onChange={setFilter} />
            {fixFailed && (
              <p className="outline-notice" role="status">
                {t('panel.fixFailed')}
              </p>
            )}
            {shown.length > 0 ? (
              <FindingList
                findings={shown}
                sections={check.outline.sections}
                onReveal={handleReveal}
                onFix={editable ? handleFix : null}
              />
            ) : (
              <p className="outline-hint" data-testid="no-findings">
                {t(filter === 'all' ? 'panel.noFindings' : 'panel.noFindingsOfSeverity')}
              </p>
            )}
          </>
        )}
      </section>
    </aside>
  );
}
