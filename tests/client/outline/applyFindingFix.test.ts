// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { applyFindingFix } from '../../../client/outline/applyFindingFix.ts';
import { reportFromDoc } from '../../../client/outline/reportFromDoc.ts';
import { parseReportText } from '../../../shared/import/parseReportText.ts';
import { checkReport } from '../../../shared/outline/checkReport.ts';
import type { Finding } from '../../../shared/outline/Finding.ts';
import { paragraphsOf } from '../../../shared/outline/paragraphsOf.ts';
import type { Report } from '../../../shared/schema/Report.ts';
import { getTemplate } from '../../../shared/templates/getTemplate.ts';
import { createTestEditor, section, type TestEditor } from '../createTestEditor.ts';

// jsdom replaces URL, so the fixture is found from the project root vitest runs in.
const SAMPLE = readFileSync(path.resolve('tests/fixtures/2022-sizheng-report.txt'), 'utf8');
const annual = getTemplate('annual-work-report')!;

let current: TestEditor | null = null;
afterEach(() => {
  current?.destroy();
  current = null;
});

function open(report: Report): TestEditor {
  current = createTestEditor({ report });
  return current;
}

function check(editor: TestEditor['editor']): Finding[] {
  return checkReport(reportFromDoc(editor.state.doc), annual);
}

describe('the live check reads the editor', () => {
  it('sees the same report in the editor as in the Y fragment', () => {
    const { editor, report } = open(parseReportText(SAMPLE).report);
    editor.commands.setTextSelection(3);
    editor.commands.toggleBulletList();
    expect(reportFromDoc(editor.state.doc)).toEqual(report());
  });
});

describe('a replaceText fix', () => {
  it('replaces exactly the checked text, in the Y document too', () => {
    const { editor, report } = open(parseReportText(SAMPLE).report);
    const before = check(editor);
    const misused = before.find(
      (finding) => finding.rule === 'proofread.misusedWord' && finding.fix?.kind === 'replaceText',
    )!;
    expect(misused.fix).toMatchObject({ original: '庚续', replacement: '赓续' });
    const problems = report().sections[0]!.children[2]!;
    expect(misused.sectionId).toBe(problems.id);
    const paragraphBefore = paragraphsOf(problems.body)[misused.blockIndex!]!;

    expect(applyFindingFix(editor, misused)).toBe(true);

    const paragraphAfter = paragraphsOf(report().sections[0]!.children[2]!.body)[
      misused.blockIndex!
    ]!;
    expect(paragraphAfter).toBe(paragraphBefore.replace('庚续', '赓续'));
    expect(
      check(editor).some(
        (finding) => finding.fix?.kind === 'replaceText' && finding.fix.original === '庚续',
      ),
    ).toBe(false);
    expect(check(editor)).toHaveLength(before.length - 1);
  });

  it('changes nothing when the text was edited since the check', () => {
    const { editor, report } = open(parseReportText(SAMPLE).report);
    const comma = check(editor).find(
      (finding) =>
        finding.rule === 'proofread.halfWidthPunctuation' &&
        finding.fix?.kind === 'replaceText' &&
        finding.fix.original === ',',
    )!;
    expect(comma.fix).toMatchObject({ original: ',', replacement: '，' });
    const sectionId = comma.sectionId!;
    const target = report().sections[0]!.children.find((child) => child.id === sectionId)!;
    // Someone types at the start of the paragraph: the checked range now holds other text.
    let paragraphStart = -1;
    editor.state.doc.descendants((node, pos) => {
      if (paragraphStart >= 0) return false;
      if (node.type.name === 'section' && node.attrs.id === sectionId) {
        paragraphStart = pos + 1 + node.firstChild!.nodeSize + 1;
        return false;
      }
      return true;
    });
    editor.commands.insertContentAt(paragraphStart, '新');
    const edited = report();

    expect(applyFindingFix(editor, comma)).toBe(false);
    expect(report()).toEqual(edited);
    expect(paragraphsOf(target.body)[0]!.length + 1).toBe(
      paragraphsOf(edited.sections[0]!.children.find((child) => child.id === sectionId)!.body)[0]!
        .length,
    );
  });

  it('fixes a heading and a list item paragraph', () => {
    const { editor, report } = open({
      title: '市教体局2022年度工作总结',
      lead: [{ type: 'paragraph', text: '现将有关情况报告如下。' }],
      sections: [
        section(
          'a',
          1,
          '一、主要做法',
          [],
          [
            {
              type: 'bulletList',
              items: [
                [{ type: 'paragraph', text: '第一项。' }],
                [{ type: 'paragraph', text: '一愁莫展的局面得到扭转。' }],
              ],
            },
          ],
        ),
      ],
    });
    const findings = check(editor);
    const typed = findings.find((finding) => finding.rule === 'heading.typedNumber')!;
    const misused = findings.find((finding) => finding.rule === 'proofread.misusedWord')!;
    expect(misused).toMatchObject({ sectionId: 'a', field: 'body', blockIndex: 1 });

    expect(applyFindingFix(editor, misused)).toBe(true);
    expect(applyFindingFix(editor, typed)).toBe(true);

    const [fixed] = report().sections;
    expect(fixed!.heading).toBe('主要做法');
    expect(paragraphsOf(fixed!.body)).toEqual(['第一项。', '一筹莫展的局面得到扭转。']);
  });
});

describe('structural fixes', () => {
  it('adds a missing required section where the template wants it', () => {
    const imported = parseReportText(SAMPLE).report;
    imported.sections.splice(1, 1);
    const { editor, report } = open(imported);
    const missing = check(editor).find((finding) => finding.rule === 'sections.missing')!;
    expect(missing).toMatchObject({
      severity: 'error',
      fix: { kind: 'addSection', title: '存在的问题', level: 1 },
    });

    expect(applyFindingFix(editor, missing)).toBe(true);

    const sections = report().sections;
    expect(sections.map((part) => [part.level, part.heading])).toEqual([
      [1, '主要做法'],
      [1, '存在的问题'],
      [1, '下一步工作打算'],
    ]);
    expect(sections[1]!.id).toMatch(/^[a-z0-9]{12}$/);
    expect(new Set(sections.map((part) => part.id)).size).toBe(3);
    expect(check(editor).some((finding) => finding.rule === 'sections.missing')).toBe(false);
    // The cursor waits in the new heading, ready for the section's text.
    expect(editor.state.selection.$from.parent.textContent).toBe('存在的问题');
  });

  it('adds a section before every other one when the first part is missing', () => {
    const imported = parseReportText(SAMPLE).report;
    imported.sections.shift();
    const { editor, report } = open(imported);
    const missing = check(editor).find((finding) => finding.rule === 'sections.missing')!;
    expect(missing.fix).toMatchObject({ kind: 'addSection', afterSectionId: null });
    expect(applyFindingFix(editor, missing)).toBe(true);
    expect(report().sections.map((part) => part.heading)).toEqual([
      '主要做法',
      '存在的问题',
      '下一步工作打算',
    ]);
    expect(paragraphsOf(report().lead)).toHaveLength(1);
  });

  it('moves a section into order and repairs a skipped level', () => {
    const imported = parseReportText(SAMPLE).report;
    const [practices, problems, plans] = imported.sections;
    const orphan = practices!.children[0]!;
    orphan.level = 3;
    orphan.children = [section('deep', 4, '更深一级', [], [{ type: 'paragraph', text: '正文。' }])];
    imported.sections = [practices!, plans!, problems!];
    const { editor, report } = open(imported);
    const findings = check(editor);
    const order = findings.find((finding) => finding.rule === 'sections.order')!;
    const skip = findings.find((finding) => finding.rule === 'heading.levelSkip')!;

    expect(applyFindingFix(editor, order)).toBe(true);
    expect(applyFindingFix(editor, skip)).toBe(true);

    const sections = report().sections;
    expect(sections.map((part) => part.heading)).toEqual([
      '主要做法',
      '存在的问题',
      '下一步工作打算',
    ]);
    expect(sections[0]!.children[0]).toMatchObject({ level: 2, children: [{ level: 3 }] });
    const structural = check(editor).filter((finding) => !finding.rule.startsWith('proofread.'));
    expect(structural).toEqual([]);
  });
});
