import type { ReviewStatus } from '../../shared/versions/versionApi.ts';
import { sliceCodePoints } from './sliceCodePoints.ts';

// The same words as the client's review status chip.
const STATUS_NAMES: Record<ReviewStatus, string> = {
  draft: '草稿',
  inReview: '待审核',
  returned: '已退回',
  approved: '已提交',
};

/** Names the server gives versions and the texts of its refusals, as users read them. */
export const versionTexts = {
  authorSystem: '系统',
  autoName: '自动保存',
  beforeRestoreName: (restored: string) => `恢复前的备份（${sliceCodePoints(restored, 0, 90)}）`,
  reviewName: '送审版本',
  submittedName: '报送版本',
  frozen: '已报送的版本不能修改或删除。',
  underReview: '该版本正在送审，审核结束前不能删除。',
  requestedMissing: '送审时保存的版本已不存在，请退回后重新提交审核。',
  tooManyVersions: (limit: number) =>
    `每份报告最多保存 ${limit} 个手动版本，请先删除不需要的版本。`,
  restoreLocked: (holder: string) =>
    `无法恢复：${holder}锁定了本次恢复会改动的章节，请待其解锁后再试。`,
  restoreNotStored: '已恢复但尚未保存，请稍后重试。',
  reviewNotAllowed: (status: ReviewStatus) =>
    `报告当前状态为“${STATUS_NAMES[status]}”，不能进行此操作。`,
  reportHasSubmissions: '该报告已有报送版本，不能删除。',
  outlineErrors: (count: number) => `提纲检查发现 ${count} 个错误，修改后才能报送。`,
  warningsUnacknowledged: (count: number) => `提纲检查有 ${count} 条提醒，请确认后再报送。`,
};
