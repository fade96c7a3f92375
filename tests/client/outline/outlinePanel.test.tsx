// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OutlineCounts } from '../../../client/outline/OutlineCounts.tsx';
import { OutlinePanel } from '../../../client/outline/OutlinePanel.tsx';
import { parseReportText } from '../../../shared/import/parseReportText.ts';
import { waitFor } from '../../helpers/waitFor.ts';
import { createTestEditor, type TestEditor } from '../createTestEditor.ts';
import { createCommentStore } from '../../../client/comments/CommentStore.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const SAMPLE = readFileSync(path.resolve('tests/fixtures/2022-sizheng-report.txt'), 'utf8');

let container: HTMLDivElement;
let root: Root;
let testEditor: TestEditor;

beforeEach(() => {
  testEditor = createTestEditor({ report: parseReportText(SAMPLE).report });
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() =>
    root.render(
      <>
        <OutlineCounts editor={testEditor.editor} templateId="annual-work-report" />
        <OutlinePanel
          editor={testEditor.editor}
          templateId="annual-work-report"
          comments={createCommentStore()}
        />
      </>,
    ),
  );
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
  testEditor.destroy();
});

const all = (selector: string) => [...container.querySelectorAll<HTMLElement>(selector)];
const topLevelItems = () => all('[role="tree"] > ul > [data-testid="outline-item"]');
const counts = () => container.querySelector<HTMLElement>('[data-testid="outline-counts"]')!;

async function until(predicate: () => boolean, message: string) {
  await act(() => waitFor(predicate, { timeoutMs: 3000, message }));
}

describe('OutlinePanel', () => {
  it('shows the numbered tree, with a status per section', () => {
    const items = topLevelItems();
    expect(items.map((item) => item.querySelector('.outline-row')!.textContent)).toEqual([
      '一、主要做法',
      '二、存在的问题',
      '三、下一步工作打算',
    ]);
    expect(
      items.map((item) => item.querySelectorAll('[data-testid="outline-item"]').length),
    ).toEqual([4, 2, 0]);
    // Placeholders (**) are errors, misused words warnings; 存在的问题 has neither.
    expect(items.map((item) => item.dataset.status)).toEqual(['ok', 'ok', 'error']);
    const practices = all('[data-testid="outline-item"] [data-testid="outline-item"]').slice(0, 4);
    expect(practices.map((item) => item.dataset.status)).toEqual([
      'ok',
      'warning',
      'warning',
      'error',
    ]);
  });

  it('lists findings in Chinese, filters them by severity, and counts them', () => {
    const findings = all('[data-testid="finding"]');
    expect(findings.length).toBeGreaterThan(3);
    expect(findings.some((finding) => finding.textContent!.includes('庚续'))).toBe(true);
    expect(counts().dataset.errors).toBe('2');
    const warnings = Number(counts().dataset.warnings);
    expect(warnings).toBeGreaterThan(5);
    expect(findings).toHaveLength(2 + warnings + Number(counts().dataset.info));

    act(() =>
      container
        .querySelector<HTMLElement>('[data-testid="finding-filter"][data-severity="warning"]')!
        .click(),
    );
    const shown = all('[data-testid="finding"]');
    expect(shown).toHaveLength(warnings);
    expect(shown.every((finding) => finding.dataset.severity === 'warning')).toBe(true);
  });

  it('re-checks after an edit without blocking it, and applies a one-click fix', async () => {
    const { editor } = testEditor;
    const problems = testEditor.report().sections[1]!;
    let pos = -1;
    editor.state.doc.descendants((node, at) => {
      if (node.attrs.id === problems.id) pos = at;
      return pos < 0;
    });
    editor.commands.setNodeSelection(pos);
    editor.commands.deleteSelection();
    // The edit is in the document at once; the check follows a moment later.
    expect(testEditor.report().sections).toHaveLength(2);
    expect(counts().dataset.errors).toBe('2');

    await until(() => counts().dataset.errors === '3', 'the missing section to be reported');
    const missing = container.querySelector<HTMLElement>(
      '[data-testid="finding"][data-rule="sections.missing"]',
    )!;
    expect(missing.dataset.severity).toBe('error');
    expect(missing.textContent).toContain('缺少“存在的问题”部分');

    act(() => missing.querySelector<HTMLElement>('[data-testid="finding-fix"]')!.click());
    expect(testEditor.report().sections.map((part) => part.heading)).toEqual([
      '主要做法',
      '存在的问题',
      '下一步工作打算',
    ]);
    expect(container.querySelector('[data-rule="sections.missing"]')).toBeNull();
    expect(topLevelItems()).toHaveLength(3);
  });

  it('jumps to a section when its outline entry is clicked', () => {
    const second = topLevelItems()[1]!;
    act(() => second.querySelector<HTMLElement>('.outline-row')!.click());
    const { $from } = testEditor.editor.state.selection;
    expect($from.parent.type.name).toBe('sectionHeading');
    expect($from.parent.textContent).toBe('存在的问题');
    expect($from.parentOffset).toBe('存在的问题'.length);
  });

  it('offers no fixes to someone who may not edit', () => {
    expect(all('[data-testid="finding-fix"]').length).toBeGreaterThan(0);
    act(() => testEditor.editor.setEditable(false));
    expect(all('[data-testid="finding"]').length).toBeGreaterThan(0);
    expect(all('[data-testid="finding-fix"]')).toEqual([]);
  });
});
