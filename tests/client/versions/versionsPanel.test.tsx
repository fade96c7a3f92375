// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAccessTracker } from '../../../client/collaboration/AccessTracker.ts';
import { VersionsControl } from '../../../client/versions/VersionsControl.tsx';
import type { Role } from '../../../shared/auth/roles.ts';
import type { Finding } from '../../../shared/outline/Finding.ts';
import type { ReportComparison } from '../../../shared/versions/ReportComparison.ts';
import type { ReviewState, VersionSummary } from '../../../shared/versions/versionApi.ts';
import { apiError, startLocalApi, type LocalApi } from '../startLocalApi.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const HASH = 'ab12cd34ef56'.padEnd(64, '0');
const version = (
  fields: Partial<VersionSummary> & Pick<VersionSummary, 'id' | 'name'>,
): VersionSummary => ({
  documentId: 'r1',
  kind: 'manual',
  authorId: 'u1',
  authorName: '张三',
  createdAt: new Date(2026, 10, 25, 14, 5).toISOString(),
  sizeBytes: 2048,
  characters: 1234,
  outline: { errors: 0, warnings: 0 },
  frozen: false,
  sha256: null,
  openThreadCount: null,
  ...fields,
});
const finding = (severity: 'error' | 'warning', zh: string): Finding => ({
  rule: 'sections.missing',
  severity,
  sectionId: null,
  range: null,
  message: { zh, en: zh },
});

const COMPARISON: ReportComparison = {
  identical: false,
  blocks: [
    {
      kind: 'title',
      sectionId: null,
      level: null,
      number: null,
      marker: null,
      change: 'equal',
      segments: [{ op: 'equal', text: '工作报告' }],
      inserted: [],
      deleted: [],
    },
    {
      kind: 'heading',
      sectionId: 's1',
      level: 1,
      number: '一、',
      marker: null,
      change: 'changed',
      segments: [
        { op: 'equal', text: '主要' },
        { op: 'delete', text: '做法' },
        { op: 'insert', text: '成效' },
      ],
      inserted: [{ start: 2, end: 4, text: '成效' }],
      deleted: [{ start: 2, end: 4, text: '做法' }],
    },
  ],
  sections: [
    {
      sectionId: 's1',
      heading: '主要成效',
      number: '一、',
      previousNumber: '一、',
      level: 1,
      previousLevel: 1,
      status: 'changed',
      insertedCharacters: 2,
      deletedCharacters: 2,
    },
  ],
  totals: {
    insertedCharacters: 2,
    deletedCharacters: 2,
    sectionsAdded: 0,
    sectionsRemoved: 0,
    sectionsChanged: 1,
    sectionsMoved: 0,
  },
};

/** The versions and review API of one report, in the states the server would answer. */
function versionsServer() {
  const state = {
    versions: [
      version({ id: 'v2', name: '第二稿', outline: { errors: 1, warnings: 2 } }),
      version({ id: 'v1', name: '报送稿', kind: 'submitted', frozen: true, sha256: HASH }),
    ] as VersionSummary[],
    review: {
      status: 'inReview',
      history: [
        {
          action: 'request',
          userId: 'u1',
          userName: '张三',
          at: new Date(2026, 10, 25, 15, 0).toISOString(),
          comment: '请审阅',
          versionId: null,
        },
      ],
      submittedVersionId: null,
    } as ReviewState,
    outlineError: true,
    approvals: [] as unknown[],
  };
  const routes = {
    'GET /api/documents/:id/versions': () => ({ body: { versions: state.versions } }),
    'GET /api/documents/:id/versions/compare': () => ({ body: COMPARISON }),
    'GET /api/documents/:id/review': () => ({ body: state.review }),
    'POST /api/documents/:id/versions/:versionId/restore': () =>
      apiError(409, 'conflict', '李四正在编辑“一、主要做法”，暂时不能恢复。'),
    'POST /api/documents/:id/review/approve': ({ body }: { body: unknown }) => {
      state.approvals.push(body);
      const acknowledged = (body as { acknowledgeWarnings: boolean }).acknowledgeWarnings;
      const refuse = (reason: string, findings: Finding[]) => ({
        status: 409,
        body: { error: { code: 'conflict', message: 'refused' }, reason, findings },
      });
      if (state.outlineError) {
        return refuse('outlineErrors', [
          finding('error', '缺少“存在的问题”部分'),
          finding('warning', '正文偏短'),
        ]);
      }
      if (!acknowledged) return refuse('warningsUnacknowledged', [finding('warning', '正文偏短')]);
      const frozen = version({
        id: 'v3',
        name: '报送版本',
        kind: 'submitted',
        frozen: true,
        sha256: HASH,
      });
      state.versions = [frozen, ...state.versions];
      state.review = { ...state.review, status: 'approved', submittedVersionId: 'v3' };
      return { body: state.review };
    },
  };
  return { state, routes };
}

let container: HTMLDivElement;
let root: Root;
let api: LocalApi | null = null;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(async () => {
  act(() => root.unmount());
  container.remove();
  await api?.close();
  api = null;
});

const byTestId = (id: string, within: ParentNode = document.body) =>
  within.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const rowOf = (versionId: string) =>
  document.querySelector<HTMLElement>(
    `[data-testid="version-row"][data-version-id="${versionId}"]`,
  )!;
const click = (element: HTMLElement | null) => act(() => element!.click());
function selectValue(element: HTMLElement | null, value: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!;
  act(() => {
    setter.call(element, value);
    element!.dispatchEvent(new Event('change', { bubbles: true }));
  });
}
const pressEscape = (element: HTMLElement) =>
  act(() => {
    element.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  });

async function until(predicate: () => boolean) {
  for (let tries = 0; tries < 200 && !predicate(); tries += 1) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
    });
  }
  expect(predicate()).toBe(true);
}

function renderControl(role: Role) {
  const access = createAccessTracker(false);
  access.dispatch({ type: 'roleLoaded', role });
  act(() => root.render(<VersionsControl documentId="r1" access={access} />));
}

describe('the versions panel', () => {
  it('lists versions with author, Chinese time, size, outline status and the frozen badge', async () => {
    const server = versionsServer();
    api = await startLocalApi(server.routes);
    renderControl('owner');
    await until(() => byTestId('review-status')?.textContent === '待审核');

    click(byTestId('open-versions'));
    await until(() => document.querySelectorAll('[data-testid="version-row"]').length === 2);
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
    expect(byTestId('frozen-badge', submitted)?.textContent).toBe('已提交SHA-256 ab12cd34ef56…');
    expect(byTestId('frozen-badge', submitted)?.getAttribute('title')).toContain(HASH);
    expect(byTestId('version-rename', submitted)).toBeNull();
    expect(byTestId('version-delete', submitted)).toBeNull();
    const links = [...submitted.querySelectorAll('a[data-testid="export-link"]')];
    expect(links.map((link) => link.getAttribute('href'))).toEqual(
      ['docx', 'pdf', 'txt', 'md'].map(
        (format) => `/api/documents/r1/versions/v1/export?format=${format}`,
      ),
    );
    expect(links.every((link) => link.hasAttribute('download'))).toBe(true);

    pressEscape(byTestId('versions-panel')!);
    expect(byTestId('versions-panel')).toBeNull();
  });

  it('shows a refused approval’s errors, then its warnings to acknowledge, then approves', async () => {
    const server = versionsServer();
    api = await startLocalApi(server.routes);
    renderControl('leader');
    click(byTestId('open-versions'));
    await until(() => byTestId('review-approve') !== null);
    expect(byTestId('review-request')).toBeNull();

    click(byTestId('review-approve'));
    await until(() => byTestId('submission-refusal') !== null);
    const refusal = byTestId('submission-refusal')!;
    expect(refusal.getAttribute('data-reason')).toBe('outlineErrors');
    expect(refusal.querySelector('[role="alert"]')?.textContent).toContain('缺少“存在的问题”部分');
    expect(refusal.textContent).toContain('正文偏短');
    expect(byTestId('review-status')?.textContent).toBe('待审核');

    server.state.outlineError = false;
    click(byTestId('review-approve'));
    await until(
      () =>
        byTestId('submission-refusal')?.getAttribute('data-reason') === 'warningsUnacknowledged',
    );
    expect(byTestId('submission-refusal')!.textContent).not.toContain('存在的问题');
    click(byTestId('acknowledge-warnings'));
    click(byTestId('review-approve'));
    await until(() => byTestId('review-status')?.textContent === '已提交');
    expect(server.state.approvals).toEqual([
      { acknowledgeWarnings: false },
      { acknowledgeWarnings: false },
      { acknowledgeWarnings: true },
    ]);
    expect(byTestId('submission-refusal')).toBeNull();
    await until(() => document.querySelectorAll('[data-testid="version-row"]').length === 3);
    expect(byTestId('frozen-badge', rowOf('v3'))).not.toBeNull();
  });

  it('compares a version with now inline and by section; Esc closes only the comparison', async () => {
    api = await startLocalApi(versionsServer().routes);
    renderControl('drafter');
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
      '比较：“报送稿” → “第二稿”',
    );
  });

  it('keeps a refused restore open with the server’s reason', async () => {
    api = await startLocalApi(versionsServer().routes);
    renderControl('owner');
    click(byTestId('open-versions'));
    await until(() => rowOf('v2') !== null);
    click(byTestId('version-restore', rowOf('v2')));
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
