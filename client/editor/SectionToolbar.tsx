import type { Editor } from '@tiptap/core';
import type { MouseEvent, ReactNode } from 'react';
import { useEditorState } from '@tiptap/react';
import type { MessageKey } from '../i18n/messages.ts';
import { useTranslate } from '../i18n/useTranslate.ts';
import { modifierKeyName } from './modifierKeyName.ts';
import { findCurrentSection } from './sections/findCurrentSection.ts';

interface ToolbarButtonProps {
  testId: string;
  label: string;
  shortcut?: string;
  icon: string;
  disabled?: boolean;
  pressed?: boolean;
  onRun: () => void;
}

function ToolbarButton({
  testId,
  label,
  shortcut,
  icon,
  disabled,
  pressed,
  onRun,
}: ToolbarButtonProps) {
  // Keeps the editor's selection, which a focused button would otherwise take away.
  const handleMouseDown = (event: MouseEvent) => event.preventDefault();
  return (
    <button
      type="button"
      className="toolbar-button"
      data-testid={testId}
      title={shortcut ? `${label} (${shortcut})` : label}
      aria-label={label}
      aria-pressed={pressed}
      disabled={disabled}
      onMouseDown={handleMouseDown}
      onClick={onRun}
    >
      <span className="toolbar-icon" aria-hidden>
        {icon}
      </span>
      <span className="toolbar-label">{label}</span>
    </button>
  );
}

interface SectionToolbarProps {
  editor: Editor;
  // A reader sees the toolbar, greyed out, so that the page looks the same for everyone.
  readOnly?: boolean;
  // Further groups, such as the section lock controls.
  children?: ReactNode;
}

export function SectionToolbar({ editor, readOnly = false, children }: SectionToolbarProps) {
  const t = useTranslate();
  const mod = modifierKeyName();
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      canUndo: current.can().undo(),
      canRedo: current.can().redo(),
      bold: current.isActive('bold'),
      bulletList: current.isActive('bulletList'),
      orderedList: current.isActive('orderedList'),
      canNewChild: current.can().insertChildSection(),
      canPromote: current.can().promoteSection(),
      canDemote: current.can().demoteSection(),
      canMoveUp: current.can().moveSectionUp(),
      canMoveDown: current.can().moveSectionDown(),
      canDelete: current.can().deleteSection(),
      runIn: findCurrentSection(current.state.selection)?.node.attrs.runIn === true,
    }),
  });
  const run =
    (command: (chain: ReturnType<Editor['chain']>) => ReturnType<Editor['chain']>) => () =>
      command(editor.chain().focus()).run();
  const label = (key: MessageKey) => t(key);

  return (
    <div
      className="toolbar"
      role="toolbar"
      aria-label={t('toolbar.label')}
      aria-disabled={readOnly || undefined}
      data-testid="section-toolbar"
    >
      <div className="toolbar-group">
        <ToolbarButton
          testId="cmd-undo"
          icon="↶"
          label={label('toolbar.undo')}
          shortcut={`${mod}+Z`}
          disabled={readOnly || !state.canUndo}
          onRun={run((chain) => chain.undo())}
        />
        <ToolbarButton
          testId="cmd-redo"
          icon="↷"
          label={label('toolbar.redo')}
          shortcut={`${mod}+Shift+Z`}
          disabled={readOnly || !state.canRedo}
          onRun={run((chain) => chain.redo())}
        />
      </div>
      <div className="toolbar-group">
        <ToolbarButton
          testId="cmd-bold"
          icon="B"
          label={label('toolbar.bold')}
          shortcut={`${mod}+B`}
          pressed={state.bold}
          disabled={readOnly}
          onRun={run((chain) => chain.toggleBold())}
        />
        <ToolbarButton
          testId="cmd-bullet-list"
          icon="•"
          label={label('toolbar.bulletList')}
          pressed={state.bulletList}
          disabled={readOnly}
          onRun={run((chain) => chain.toggleBulletList())}
        />
        <ToolbarButton
          testId="cmd-ordered-list"
          icon="1."
          label={label('toolbar.orderedList')}
          pressed={state.orderedList}
          disabled={readOnly}
          onRun={run((chain) => chain.toggleOrderedList())}
        />
      </div>
      <div className="toolbar-group">
        <ToolbarButton
          testId="cmd-new-section"
          icon="＋"
          label={label('toolbar.newSection')}
          shortcut={`${mod}+Enter`}
          disabled={readOnly}
          onRun={run((chain) => chain.insertSiblingSection())}
        />
        <ToolbarButton
          testId="cmd-new-child-section"
          icon="↳"
          label={label('toolbar.newChildSection')}
          shortcut={`${mod}+Shift+Enter`}
          disabled={readOnly || !state.canNewChild}
          onRun={run((chain) => chain.insertChildSection())}
        />
        <ToolbarButton
          testId="cmd-promote"
          icon="⇤"
          label={label('toolbar.promote')}
          shortcut="Shift+Tab / Alt+Shift+←"
          disabled={readOnly || !state.canPromote}
          onRun={run((chain) => chain.promoteSection())}
        />
        <ToolbarButton
          testId="cmd-demote"
          icon="⇥"
          label={label('toolbar.demote')}
          shortcut="Tab / Alt+Shift+→"
          disabled={readOnly || !state.canDemote}
          onRun={run((chain) => chain.demoteSection())}
        />
        <ToolbarButton
          testId="cmd-move-up"
          icon="↑"
          label={label('toolbar.moveUp')}
          shortcut="Alt+Shift+↑"
          disabled={readOnly || !state.canMoveUp}
          onRun={run((chain) => chain.moveSectionUp())}
        />
        <ToolbarButton
          testId="cmd-move-down"
          icon="↓"
          label={label('toolbar.moveDown')}
          shortcut="Alt+Shift+↓"
          disabled={readOnly || !state.canMoveDown}
          onRun={run((chain) => chain.moveSectionDown())}
        />
        <ToolbarButton
          testId="cmd-toggle-run-in"
          icon="⇉"
          label={label('toolbar.runIn')}
          pressed={state.runIn}
          disabled={readOnly || !state.canDelete}
          onRun={run((chain) => chain.toggleSectionRunIn())}
        />
        <ToolbarButton
          testId="cmd-delete-section"
          icon="✕"
          label={label('toolbar.deleteSection')}
          disabled={readOnly || !state.canDelete}
          onRun={run((chain) => chain.deleteSection())}
        />
      </div>
      {children}
    </div>
  );
}
