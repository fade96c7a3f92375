import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { restoreUpdate } from '../../../server/versions/restoreUpdate.ts';
import { CONTENT_FRAGMENT } from '../../../shared/schema/nodeNames.ts';
import type { Report, Section } from '../../../shared/schema/Report.ts';
import { writeReportToFragment } from '../../../shared/schema/writeReportToFragment.ts';
import { findSection, sectionText } from '../../helpers/findSection.ts';

function section(id: string, heading: string, text: string, children: Section[] = []): Section {
  return {
    id,
    level: 1,
    runIn: false,
    heading,
    body: [{ type: 'paragraph', text }],
    children: children.map((child) => ({ ...child, level: 2 })),
  };
}

const REPORT: Report = {
  title: '年度工作报告',
  lead: [{ type: 'paragraph', text: '现报告如下：' }],
  sections: [
    section('a', '主要做法', '甲', [
      section('a1', '抓学习', '甲一'),
      section('a2', '抓落实', '甲二'),
    ]),
    section('b', '存在的问题', '乙'),
    section('c', '下一步工作打算', '丙'),
  ],
};

function docWith(report: Report): Y.Doc {
  const doc = new Y.Doc();
  writeReportToFragment(report, doc.getXmlFragment(CONTENT_FRAGMENT));
  return doc;
}

function fragmentOf(doc: Y.Doc): Y.XmlFragment {
  return doc.getXmlFragment(CONTENT_FRAGMENT);
}

describe('restoreUpdate', () => {
  it('makes the content equal to the version, keeping what did not change', () => {
    const live = docWith(REPORT);
    const version = Y.encodeStateAsUpdate(live);
    const fragment = fragmentOf(live);
    sectionText(findSection(fragment, 'a2'), 0).insert(0, '改');
    findSection(fragment, 'b').setAttribute('runIn', true as unknown as string);
    fragment.delete(fragment.length - 1, 1);
    const titleBefore = fragment.get(0);
    const a1Before = findSection(fragment, 'a1');

    const update = restoreUpdate(live, version);
    expect(update).not.toBeNull();
    Y.applyUpdate(live, update!);
    const original = new Y.Doc();
    Y.applyUpdate(original, version);
    expect(fragment.toString()).toBe(fragmentOf(original).toString());
    expect(fragment.get(0)).toBe(titleBefore);
    expect(findSection(fragment, 'a1')).toBe(a1Before);
    expect(restoreUpdate(live, version)).toBeNull();
  });

  it('merges with a concurrent edit to a section the restore leaves alone', () => {
    const server = docWith(REPORT);
    const version = Y.encodeStateAsUpdate(server);
    sectionText(findSection(fragmentOf(server), 'b'), 0).insert(0, '删改');
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server));

    const update = restoreUpdate(server, version)!;
    sectionText(findSection(fragmentOf(client), 'c'), 0).insert(1, '（并发）');
    const concurrent = Y.encodeStateAsUpdate(client, Y.encodeStateVector(server));
    Y.applyUpdate(server, update);
    Y.applyUpdate(server, concurrent);
    Y.applyUpdate(client, update);

    expect(fragmentOf(client).toString()).toBe(fragmentOf(server).toString());
    expect(sectionText(findSection(fragmentOf(server), 'b'), 0).toString()).toBe('乙');
    expect(sectionText(findSection(fragmentOf(server), 'c'), 0).toString()).toBe('丙（并发）');
  });
});
