// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Report } from '../../shared/schema/Report.ts';
import { createTestEditor, section, type TestEditor } from './createTestEditor.ts';

const sample: Report = {
  title: '市教体局2022年度思想政治工作开展情况报告',
  lead: [{ type: 'paragraph', text: '现将我局思想政治工作情况总结如下：' }],
  sections: [
    {
      id: 'zuofa',
      level: 1,
      runIn: false,
      heading: '主要做法',
      body: [],
      children: [
        {
          id: 'zeren',
          level: 2,
          runIn: false,
          heading: '坚持党管思想，落实主体责任',
          body: [
            { type: 'paragraph', text: '一是加强学习。' },
            {
              type: 'orderedList',
              items: [
                [{ type: 'paragraph', text: '第一项' }],
                [{ type: 'paragraph', text: '第二项' }],
              ],
            },
          ],
          children: [],
        },
      ],
    },
    {
      id: 'wenti',
      level: 1,
      runIn: false,
      heading: '存在的问题',
      body: [],
      children: [
        {
          id: 'renshi',
          level: 2,
          runIn: true,
          heading: '思想认识有待进一步提高。',
          body: [{ type: 'paragraph', text: '部分干部重业务、轻思想。' }],
          children: [],
        },
      ],
    },
  ],
};

let current: TestEditor | null = null;
afterEach(() => {
  current?.destroy();
  current = null;
});

describe('report schema', () => {
  it('renders a report written to the fragment as title, lead and nested sections', () => {
    current = createTestEditor({ report: sample });
    const json = current.editor.getJSON();
    expect(json.content?.map((node) => node.type)).toEqual([
      'title',
      'paragraph',
      'section',
      'section',
    ]);
    const dom = current.editor.view.dom;
    const runIn = dom.querySelector('[data-section-id="renshi"]')!;
    expect(runIn.getAttribute('data-level')).toBe('2');
    expect(runIn.getAttribute('data-run-in')).toBe('true');
    expect(dom.querySelector('h1[data-type="title"]')!.textContent).toBe(sample.title);
  });

  it('writes edits back to the Y fragment with the names and typed attrs shared/ reads', () => {
    current = createTestEditor();
    const { editor } = current;
    editor.commands.setContent({
      type: 'doc',
      content: [
        { type: 'title', content: [{ type: 'text', text: '年度报告' }] },
        { type: 'paragraph', content: [{ type: 'text', text: '导语' }] },
        {
          type: 'section',
          attrs: { id: 'one', level: 1, runIn: false },
          content: [
            { type: 'sectionHeading', content: [{ type: 'text', text: '主要做法' }] },
            {
              type: 'bulletList',
              content: [
                {
                  type: 'listItem',
                  content: [{ type: 'paragraph', content: [{ type: 'text', text: '要点' }] }],
                },
              ],
            },
            {
              type: 'section',
              attrs: { id: 'two', level: 2, runIn: true },
              content: [
                { type: 'sectionHeading', content: [{ type: 'text', text: '小标题。' }] },
                { type: 'paragraph', content: [{ type: 'text', text: '正文' }] },
              ],
            },
          ],
        },
      ],
    });
    const expected: Report = {
      title: '年度报告',
      lead: [{ type: 'paragraph', text: '导语' }],
      sections: [
        {
          id: 'one',
          level: 1,
          runIn: false,
          heading: '主要做法',
          body: [{ type: 'bulletList', items: [[{ type: 'paragraph', text: '要点' }]] }],
          children: [
            {
              id: 'two',
              level: 2,
              runIn: true,
              heading: '小标题。',
              body: [{ type: 'paragraph', text: '正文' }],
              children: [],
            },
          ],
        },
      ],
    };
    expect(current.report()).toEqual(expected);

    const replica = new Y.Doc();
    Y.applyUpdate(replica, Y.encodeStateAsUpdate(current.doc));
    const sectionElement = replica.getXmlFragment('default').get(2) as Y.XmlElement;
    expect(sectionElement.nodeName).toBe('section');
    expect(sectionElement.getAttribute('level')).toBe(1);
    expect(sectionElement.getAttribute('id')).toBe('one');
  });

  it('round-trips a full report from fragment through the editor and back unchanged', () => {
    current = createTestEditor({ report: sample });
    current.editor.commands.insertContentAt(current.editor.state.doc.content.size - 2, '');
    expect(current.report()).toEqual(sample);
  });

  it('does not allow a second title or a section without a heading', () => {
    current = createTestEditor({
      report: { title: 'T', lead: [], sections: [section('a', 1, 'A')] },
    });
    const { editor } = current;
    const schema = editor.schema;
    expect(() => schema.nodes.section!.createChecked({ id: 'x', level: 1 }, [])).toThrow();
    expect(() =>
      schema.topNodeType.createChecked(null, [
        schema.nodes.title!.create(),
        schema.nodes.title!.create(),
      ]),
    ).toThrow();
  });

  it('turns Enter in the title into a lead paragraph, never a second title', () => {
    current = createTestEditor({ report: { title: '标题正文', lead: [], sections: [] } });
    const { editor } = current;
    editor.commands.setTextSelection(3);
    editor.view.dom.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(current.report()).toEqual({
      title: '标题',
      lead: [{ type: 'paragraph', text: '正文' }],
      sections: [],
    });
  });
});
