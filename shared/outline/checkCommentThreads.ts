import type { ReportTemplate } from '../templates/ReportTemplate.ts';
import type { CheckContext } from './CheckContext.ts';
import type { Finding } from './Finding.ts';
import { RULE_ID } from './RuleId.ts';

/** Open comment threads, when the template wants every thread resolved before submission. */
export function checkCommentThreads(template: ReportTemplate, context: CheckContext): Finding[] {
  const open = context.openThreadCount ?? 0;
  if (!template.requireResolvedThreads || open <= 0) return [];
  return [
    {
      rule: RULE_ID.commentsUnresolved,
      severity: 'error',
      sectionId: null,
      range: null,
      message: {
        zh: `还有${open}条批注未解决，提交前须全部解决`,
        en: `${open} comment thread${open === 1 ? ' is' : 's are'} still open; resolve all before submitting`,
      },
    },
  ];
}
