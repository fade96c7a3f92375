import type { SectionLock } from '../../shared/locks/SectionLock.ts';

type Text = { zh: string; en: string };

/** The user-facing texts of lock answers and rejections. */
export const lockTexts = {
  locked: (lock: SectionLock): Text => ({
    zh: `该章节已被${lock.holderName}锁定，您的修改未被保存。`,
    en: `This section is locked by ${lock.holderName}; your change was not saved.`,
  }),
  missingDependencies: {
    zh: '这次修改依赖服务器没有的内容（可能是之前被拒绝的修改），未被保存。请重新加载文档。',
    en: 'This change builds on content the server does not have (perhaps a change it refused); it was not saved. Reload the document.',
  },
  conflict: (lock: SectionLock): Text => ({
    zh: `无法锁定：${lock.holderName}已锁定该章节、其上级或下级章节。`,
    en: `Cannot lock: ${lock.holderName} holds this section, a section above it or one inside it.`,
  }),
  notFound: (sectionId: string): Text => ({
    zh: `找不到章节 ${sectionId}。`,
    en: `No section ${sectionId} in this report.`,
  }),
  noLock: (sectionId: string): Text => ({
    zh: `章节 ${sectionId} 没有被锁定。`,
    en: `Section ${sectionId} is not locked.`,
  }),
  mayNotClaim: {
    zh: '您在本报告中的角色不能锁定章节。',
    en: 'Your role on this report may not lock sections.',
  },
  mayNotRelease: (lock: SectionLock): Text => ({
    zh: `该章节由${lock.holderName}锁定；只有锁定者本人或负责人可以解除。`,
    en: `${lock.holderName} holds this lock; only they, a leader or the owner may release it.`,
  }),
  notForced: (lock: SectionLock): Text => ({
    zh: `该章节由${lock.holderName}锁定；如需解除请选择强制解除。`,
    en: `${lock.holderName} holds this lock; ask for a forced release to end it.`,
  }),
  invalidPayload: { zh: '请求内容无效。', en: 'Invalid request payload.' },
  failed: { zh: '锁定信息未能保存，请重试。', en: 'The lock could not be stored; try again.' },
};
