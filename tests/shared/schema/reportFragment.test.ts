import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CONTENT_FRAGMENT } from '../../../shared/schema/nodeNames.ts';
import { readReportFromFragment } from '../../../shared/schema/readReportFromFragment.ts';
import type { Report } from '../../../shared/schema/Report.ts';
import { writeReportToFragment } from '../../../shared/schema/writeReportToFragment.ts';

const report: Report = {
  title: '市教体局2024年度工作报告',
  lead: [{ type: 'paragraph', text: '现将有关情况报告如下：' }],
  sections: [
    {
      id: 's1',
      level: 1,
      runIn: false,
      heading: '主要做法',
      body: [
        { type: 'paragraph', text: '一是加强学习。二是强化落实。' },
        {
          type: 'bulletList',
          items: [[{ type: 'paragraph', text: '第一项' }], [{ type: 'paragraph', text: '第二项' }]],
        },
      ],
      children: [
        {
          id: 's1a',
          level: 2,
          runIn: true,
          heading: '思想认识有待进一步提高。',
          body: [{ type: 'paragraph', text: '正文' }],
          children: [],
        },
      ],
    },
  ],
};

describe('report ↔ Y.XmlFragment', () => {
  it('round-trips through a fragment and through a second replica', () => {
    const doc = new Y.Doc();
    writeReportToFragment(report, doc.getXmlFragment(CONTENT_FRAGMENT));
    expect(readReportFromFragment(doc.getXmlFragment(CONTENT_FRAGMENT))).toEqual(report);

    const replica = new Y.Doc();
    Y.applyUpdate(replica, Y.encodeStateAsUpdate(doc));
    expect(readReportFromFragment(replica.getXmlFragment(CONTENT_FRAGMENT))).toEqual(report);
  });

  it('reads only what it knows and clamps bad levels', () => {
    const doc = new Y.Doc();
    const fragment = doc.getXmlFragment(CONTENT_FRAGMENT);
    const section = new Y.XmlElement('section');
    section.setAttribute('id', 'x');
    section.setAttribute('level', '9');
    fragment.insert(0, [new Y.XmlElement('mystery'), section]);
    expect(readReportFromFragment(fragment)).toEqual({
      title: '',
      lead: [],
      sections: [{ id: 'x', level: 4, runIn: false, heading: '', body: [], children: [] }],
    });
  });
});
