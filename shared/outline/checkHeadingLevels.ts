import type { SectionLevel } from '../schema/nodeNames.ts';
import type { Report, Section } from '../schema/Report.ts';
import { formatSectionNumber } from '../schema/sectionNumber.ts';
import type { Finding } from './Finding.ts';
import { RULE_ID } from './RuleId.ts';
import { typedNumberPrefix } from './typedNumberPrefix.ts';

const LEVEL_NAMES = ['', '一级', '二级', '三级', '四级'] as const;

function visit(sections: readonly Section[], parentLevel: number, findings: Finding[]): void {
  for (const section of sections) {
    if (section.level > parentLevel + 1) {
      const expected = (parentLevel + 1) as SectionLevel;
      findings.push({
        rule: RULE_ID.headingLevelSkip,
        severity: 'error',
        sectionId: section.id,
        field: 'heading',
        range: null,
        message: {
          zh:
            parentLevel === 0
              ? `“${section.heading}”是${LEVEL_NAMES[section.level]}标题，却不在任何一级标题之下`
              : `“${section.heading}”是${LEVEL_NAMES[section.level]}标题，直接位于${LEVEL_NAMES[parentLevel]}标题之下，跳过了${LEVEL_NAMES[expected]}`,
          en: `"${section.heading}" is a level-${section.level} heading directly under level ${parentLevel}; level ${expected} is skipped`,
        },
        fix: {
          kind: 'setSectionLevel',
          sectionId: section.id,
          level: expected,
          label: {
            zh: `改为${LEVEL_NAMES[expected]}标题“${formatSectionNumber(expected, 1)}”`,
            en: `Make it a level-${expected} heading`,
          },
        },
      });
    }
    const typed = typedNumberPrefix(section.heading);
    if (typed) {
      findings.push({
        rule: RULE_ID.headingTypedNumber,
        severity: 'warning',
        sectionId: section.id,
        field: 'heading',
        range: { start: 0, end: typed.length },
        message: {
          zh: `标题中手工输入了编号“${typed.text.trim()}”；编号按位置自动生成，应删除`,
          en: `The heading starts with a typed number "${typed.text.trim()}"; numbers are generated, remove it`,
        },
        fix: {
          kind: 'replaceText',
          original: typed.text,
          replacement: '',
          label: { zh: '删除手工编号', en: 'Remove the typed number' },
        },
      });
    }
    visit(section.children, section.level, findings);
  }
}

/** Heading levels that skip one (一、 straight to 1.) and numbers typed into headings. */
export function checkHeadingLevels(report: Report): Finding[] {
  const findings: Finding[] = [];
  visit(report.sections, 0, findings);
  return findings;
}
