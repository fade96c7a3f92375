type Text = { zh: string; en: string };

/** The user-facing texts of comment answers. */
export const commentTexts = {
  invalidPayload: {
    zh: '批注内容无效：正文不能为空，长度不能超过限制。',
    en: 'Invalid comment: the text must not be empty or too long.',
  },
  mayNotComment: {
    zh: '您在本报告中的角色只能阅读批注，不能发表批注。',
    en: 'Your role on this report may read comments but not write them.',
  },
  detachedAnchor: {
    zh: '所选文字已不在文档中，无法批注。请重新选择。',
    en: 'The selected text is no longer in the document; select it again.',
  },
  threadNotFound: { zh: '找不到这条批注。', en: 'No such comment thread.' },
  commentNotFound: { zh: '找不到这条回复。', en: 'No such comment.' },
  notAuthor: {
    zh: '只能修改或删除自己的批注。',
    en: 'You may only edit or delete your own comments.',
  },
  mayNotResolve: {
    zh: '只有参与该批注讨论的人、负责人或所有者可以解决或重新打开批注。',
    en: 'Only those who wrote in the thread, a leader or the owner may resolve or reopen it.',
  },
  notMember: (count: number): Text => ({
    zh: `被@的${count}人不是本报告的成员。`,
    en: `${count} mentioned user${count === 1 ? ' is' : 's are'} not a member of this report.`,
  }),
  tooMany: { zh: '本报告的批注数量已达上限。', en: 'This report has reached its comment limit.' },
  tooManyReplies: {
    zh: '这条批注的回复数量已达上限。',
    en: 'This thread has reached its reply limit.',
  },
  rateLimited: {
    zh: '批注操作过于频繁，请稍后再试。',
    en: 'Too many comment actions at once; try again shortly.',
  },
  failed: { zh: '保存批注失败，请重试。', en: 'The comment could not be saved; try again.' },
} as const;
