import type { Finding } from '../../../shared/outline/Finding.ts';
import type { ReportComparison } from '../../../shared/versions/ReportComparison.ts';
import type { ReviewState, VersionSummary } from '../../../shared/versions/versionApi.ts';
import { apiError, type ApiAnswer, type ApiRoute } from '../startLocalApi.ts';
import { finding, HASH, inReview, version } from './fixtures.ts';

export const COMPARISON: ReportComparison = {
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

const refuse = (reason: string, findings: Finding[]): ApiAnswer => ({
  status: 409,
  body: { error: { code: 'conflict', message: 'refused' }, reason, findings },
});

/** The versions and review API of one report, in the states the server would answer. */
export function versionsServer() {
  const state = {
    versions: [
      version({ id: 'v2', name: '第二稿', outline: { errors: 1, warnings: 2 } }),
      version({ id: 'v1', name: '报送稿', kind: 'submitted', frozen: true, sha256: HASH }),
    ] as VersionSummary[],
    review: inReview(),
    outlineError: true,
    warnings: true,
    // What an approval answers for `changedSinceRequest`.
    changedOnApproval: null as boolean | null,
    approvals: [] as unknown[],
    exportAnswer: (): ApiAnswer | Promise<ApiAnswer> => apiError(404, 'not_found', 'no export'),
  };
  const approve: ApiRoute = ({ body }) => {
    state.approvals.push(body);
    const acknowledged = (body as { acknowledgeWarnings: boolean }).acknowledgeWarnings;
    if (state.outlineError) {
      return refuse('outlineErrors', [
        finding('error', '缺少“存在的问题”部分'),
        finding('warning', '正文偏短'),
      ]);
    }
    if (state.warnings && !acknowledged) {
      return refuse('warningsUnacknowledged', [finding('warning', '正文偏短')]);
    }
    const frozen = version({
      id: 'v3',
      name: '报送版本',
      kind: 'submitted',
      frozen: true,
      sha256: HASH,
    });
    state.versions = [frozen, ...state.versions];
    state.review = {
      ...state.review,
      status: 'approved',
      submittedVersionId: 'v3',
      changedSinceRequest: state.changedOnApproval,
    } satisfies ReviewState;
    return { body: state.review };
  };
  const routes: Record<string, ApiRoute> = {
    'GET /api/documents/:id/versions': () => ({ body: { versions: state.versions } }),
    'GET /api/documents/:id/versions/compare': () => ({ body: COMPARISON }),
    'GET /api/documents/:id/versions/:versionId/export': () => state.exportAnswer(),
    'GET /api/documents/:id/review': () => ({ body: state.review }),
    'POST /api/documents/:id/versions/:versionId/restore': () =>
      apiError(409, 'conflict', '李四正在编辑“一、主要做法”，暂时不能恢复。'),
    'POST /api/documents/:id/review/approve': approve,
  };
  return { state, routes };
}
