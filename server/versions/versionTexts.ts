import type { ReviewStatus } from '../../shared/versions/versionApi.ts';

const STATUS_NAMES: Record<ReviewStatus, string> = {
  draft: '起草中',
  inReview: '待审阅',
  returned: '已退回',
  approved: '已通过',
};

/** Names the server gives versions and the texts of its refusals, as users read them. */
export const versionTexts = {
  authorSystem: '系统',
  autoName: '自动保存',
  beforeRestoreName: (restored: string) => `恢复“${restored}”前的备份`.slice(0, 100),
  submittedName: '报送版本',
  frozen: '已报送的版本不能修改或删除。',
  restoreLocked: (holder: string) =>
    `无法恢复：${holder}锁定了本次恢复会改动的章节，请待其解锁后再试。`,
  reviewNotAllowed: (status: ReviewStatus) =>
    `报告当前状态为“${STATUS_NAMES[status]}”，不能进行此操作。`,
  outlineErrors: (count: number) => `提纲检查发现 ${count} 个错误，修改后才能报送。`,
  warningsUnacknowledged: (count: number) => `提纲检查有 ${count} 条提醒，请确认后再报送。`,
};
