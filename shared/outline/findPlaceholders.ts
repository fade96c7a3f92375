import { RULE_ID } from './RuleId.ts';
import type { TextIssue } from './TextIssue.ts';

const PLACEHOLDER = new RegExp(
  [
    '[*＊]{2,}',
    '(?<![A-Za-z])[Xx]{2,}(?![A-Za-z])',
    '[Ｘｘ]{2,}',
    '×{2,}',
    '□+',
    '[【\\[［][^【】\\[\\]［］\\n]{0,20}?(?:待补充|待完善|待核实|待确认|待填写|待填|待定|请填写|请补充|此处)[^【】\\[\\]［］\\n]{0,20}[】\\]］]',
    '\\b(?:TODO|TBD|FIXME)\\b',
  ].join('|'),
  'g',
);

/** Placeholders left in the text: ** XX ×× □ 【待补充】 TODO … */
export function findPlaceholders(text: string): TextIssue[] {
  const issues: TextIssue[] = [];
  for (const match of text.matchAll(PLACEHOLDER)) {
    const placeholder = match[0];
    issues.push({
      rule: RULE_ID.placeholder,
      severity: 'error',
      start: match.index,
      end: match.index + placeholder.length,
      message: {
        zh: `占位符“${placeholder}”尚未替换为实际内容`,
        en: `Placeholder "${placeholder}" has not been replaced with real content`,
      },
      replacement: '',
      replacementLabel: { zh: '删除占位符', en: 'Delete the placeholder' },
    });
  }
  return issues;
}
