import type { Report } from '../schema/Report.ts';
import type { ReportTemplate } from '../templates/ReportTemplate.ts';
import type { Finding } from './Finding.ts';
import { paragraphsOf } from './paragraphsOf.ts';
import { RULE_ID } from './RuleId.ts';

const YEAR = /(?:19|20)[0-9]{2}\s*年|二[〇零○][〇零○一二三四五六七八九]{2}\s*年/;
const END_PUNCTUATION = /[\s\u3000。.：:；;，,]+$/;

function titleFinding(zh: string, en: string, example: string): Finding {
  return {
    rule: RULE_ID.titlePattern,
    severity: 'warning',
    sectionId: null,
    field: 'title',
    range: null,
    message: { zh: `${zh}（示例：${example}）`, en: `${en} (e.g. ${example})` },
  };
}

function checkTitle(title: string, template: ReportTemplate): Finding[] {
  const pattern = template.title;
  const findings: Finding[] = [];
  const year = YEAR.exec(title);
  if (pattern.year && !year) {
    findings.push(titleFinding('标题缺少年份', 'The title names no year', pattern.example));
  }
  if (pattern.organisation) {
    const about = title.indexOf('关于');
    const anchor = year ? year.index : about > 0 ? about : -1;
    const organisation = anchor >= 0 ? title.slice(0, anchor).replace(/关于$/, '').trim() : null;
    if (organisation === '') {
      findings.push(
        titleFinding('标题缺少单位名称', 'The title names no organisation', pattern.example),
      );
    }
  }
  const ending = title.replace(END_PUNCTUATION, '');
  if (!pattern.kinds.some((kind) => ending.endsWith(kind))) {
    const kinds = pattern.kinds.map((kind) => `“${kind}”`).join('或');
    findings.push(
      titleFinding(
        `标题应以${kinds}结尾`,
        `The title should end with ${pattern.kinds.join(' or ')}`,
        pattern.example,
      ),
    );
  }
  if (pattern.keywords && !pattern.keywords.some((keyword) => title.includes(keyword))) {
    findings.push(
      titleFinding(
        `标题应点明工作性质（如${pattern.keywords.map((keyword) => `“${keyword}”`).join('、')}）`,
        `The title should name the kind of work (${pattern.keywords.join(', ')})`,
        pattern.example,
      ),
    );
  }
  return findings;
}

/** Title rules (present, matches the template's title pattern) and the lead paragraph rule. */
export function checkFrontMatter(report: Report, template: ReportTemplate): Finding[] {
  const findings: Finding[] = [];
  const title = report.title.trim();
  if (!title) {
    findings.push({
      rule: RULE_ID.titleMissing,
      severity: 'error',
      sectionId: null,
      field: 'title',
      range: null,
      message: { zh: '报告缺少标题', en: 'The report has no title' },
    });
  } else {
    findings.push(...checkTitle(title, template));
  }
  if (template.leadRequired && !paragraphsOf(report.lead).some((text) => text.trim())) {
    findings.push({
      rule: RULE_ID.leadMissing,
      severity: 'error',
      sectionId: null,
      range: null,
      message: {
        zh: '标题后、第一部分前缺少导语段落（概述总体情况，如“现将有关情况报告如下：”）',
        en: 'A lead paragraph is missing between the title and the first section',
      },
    });
  }
  return findings;
}
