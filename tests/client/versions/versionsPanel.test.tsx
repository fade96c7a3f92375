// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { HASH } from './fixtures.ts';
import {
  allByTestId,
  byTestId,
  click,
  pressEscape,
  rowOf,
  selectValue,
  setUpPanel,
  until,
} from './panelHarness.tsx';
import { versionsServer } from './versionsServer.ts';

const harness = setUpPanel();

describe('the versions panel', () => {
  it('lists versions with author, Chinese time, size, outline status and the frozen badge', async () => {
    await harness.start(versionsServer().routes);
    harness.render('owner');
    await until(() => byTestId('review-status')?.textContent === '待审核');

    click(byTestId('open-versions'));
    await until(() => allByTestId('version-row').length === 2);
    const draft = rowOf('v2');
    expect(byTestId('version-name', draft)?.textContent).toBe('第二稿');
    expect(byTestId('version-author', draft)?.textContent).toBe('张三');
    expect(byTestId('version-time', draft)?.textContent).toBe('2026年11月25日 14:05');
    expect(draft.textContent).toContain('1234 字 · 2.0 KB');
    expect(byTestId('version-outline', draft)?.textContent).toBe('1 个错误，2 个警告');
    expect(byTestId('frozen-badge', draft)).toBeNull();
    expect(byTestId('version-rename', draft)).not.toBeNull();
    expect(byTestId('version-delete', draft)).not.toBeNull();

    const submitted = rowOf('v1');
    // A submitted version is named by its kind, whatever name it was stored under.
    expect(byTestId('version-name', submitted)?.textContent).toBe('报送版本');
    expect(byTestId('frozen-badge', submitted)?.textContent).toBe('已提交SHA-256 ab12cd34ef56…');
    expect(byTestId('frozen-badge', submitted)?.getAttribute('title')).toContain(HASH);
    expect(byTestId('version-rename', submitted)).toBeNull();
    expect(byTestId('version-delete', submitted)).toBeNull();
    const exports = allByTestId('export-link', submitted);
    expect(exports.map((button) => button.getAttribute('data-format'))).toEqual([
      'docx',
      'pdf',
      'txt',
      'md',
    ]);
    expect(exports.every((button) => button.tagName === 'BUTTON')).toBe(true);

    pressEscape(byTestId('versions-panel')!);
    expect(byTestId('versions-panel')).toBeNull();
  });

  it('shows a refused approval’s errors, then its warnings to acknowledge, then approves', async () => {
    const server = versionsServer();
    await harness.start(server.routes);
    harness.render('leader');
    click(byTestId('open-versions'));
    await until(() => byTestId('review-approve') !== null);
    expect(byTestId('review-request')).toBeNull();

    click(byTestId('review-approve'));
    await until(() => byTestId('submission-refusal') !== null);
    const refusal = byTestId('submission-refusal')!;
    expect(refusal.getAttribute('data-reason')).toBe('outlineErrors');
    const errors = refusal.querySelector('[role="alert"]')!;
    expect(errors.textContent).toContain('大纲检查发现 1 条错误，改正后才能提交：');
    expect(errors.textContent).toContain('错误缺少“存在的问题”部分');
    expect(refusal.textContent).toContain('警告正文偏短');
    expect(byTestId('review-status')?.textContent).toBe('待审核');

    server.state.outlineError = false;
    click(byTestId('review-approve'));
    await until(
      () =>
        byTestId('submission-refusal')?.getAttribute('data-reason') === 'warningsUnacknowledged',
    );
    const warnings = byTestId('submission-refusal')!;
    expect(warnings.textContent).not.toContain('存在的问题');
    // The outline panel's words: warnings are 警告, not 提示.
    expect(warnings.querySelector('.refusal-warnings > p')?.textContent).toBe(
      '大纲检查有 1 条警告，请确认：',
    );
    expect(warnings.textContent).toContain('我已知悉这些警告，仍然提交');
    expect(warnings.textContent).not.toContain('提示');
    click(byTestId('acknowledge-warnings'));
    click(byTestId('review-approve'));
    await until(() => byTestId('review-status')?.textContent === '已提交');
    expect(server.state.approvals).toEqual([
      { acknowledgeWarnings: false },
      { acknowledgeWarnings: false },
      { acknowledgeWarnings: true },
    ]);
    expect(byTestId('submission-refusal')).toBeNull();
    await until(() => allByTestId('version-row').length === 3);
    expect(byTestId('frozen-badge', rowOf('v3'))).not.toBeNull();
    expect(byTestId('review-changed-note')).toBeNull();
  });

  it('compares a version with now inline and by section; Esc closes only the comparison', async () => {
    const api = await harness.start(versionsServer().routes);
    harness.render('drafter');
    click(byTestId('open-versions'));
    await until(() => rowOf('v2') !== null);
    expect(byTestId('review-approve')).toBeNull();
    expect(byTestId('version-restore', rowOf('v2'))).toBeNull();

    click(byTestId('version-compare-current', rowOf('v2')));
    await until(() => byTestId('comparison-content') !== null);
    expect(api.calls).toContain('GET /api/documents/r1/versions/compare?from=v2&to=current');
    const content = byTestId('comparison-content')!;
    expect([...content.querySelectorAll('ins')].map((node) => node.textContent)).toEqual(['成效']);
    expect([...content.querySelectorAll('del')].map((node) => node.textContent)).toEqual(['做法']);
    expect(content.querySelector('.section-heading')?.textContent).toBe('一、主要做法成效');
    const row = byTestId('comparison-summary-row')!;
    expect(row.textContent).toBe('一、主要成效有修改+2−2');

    pressEscape(byTestId('comparison-view')!);
    expect(byTestId('comparison-view')).toBeNull();
    expect(byTestId('versions-panel')).not.toBeNull();

    // Any two versions, chosen in the compare form.
    selectValue(byTestId('compare-from'), 'v1');
    selectValue(byTestId('compare-to'), 'v2');
    click(byTestId('compare-submit'));
    await until(() => byTestId('comparison-content') !== null);
    expect(api.calls).toContain('GET /api/documents/r1/versions/compare?from=v1&to=v2');
    expect(byTestId('comparison-view')?.querySelector('h2')?.textContent).toBe(
      '比较：“报送版本”（2026年11月25日 14:05） → “第二稿”（2026年11月25日 14:05）',
    );
  });

  it('keeps a refused restore open with the server’s reason', async () => {
    await harness.start(versionsServer().routes);
    harness.render('owner');
    click(byTestId('open-versions'));
    await until(() => rowOf('v2') !== null);
    click(byTestId('version-restore', rowOf('v2')));
    expect(byTestId('restore-dialog')?.textContent).toContain(
      '把文档恢复为“第二稿”（2026年11月25日 14:05）的内容。',
    );
    click(byTestId('restore-confirm'));
    await until(() => byTestId('restore-error') !== null);
    expect(byTestId('restore-error')?.textContent).toBe(
      '李四正在编辑“一、主要做法”，暂时不能恢复。',
    );
    pressEscape(byTestId('restore-dialog')!);
    expect(byTestId('restore-dialog')).toBeNull();
    expect(byTestId('versions-panel')).not.toBeNull();
  });
});
