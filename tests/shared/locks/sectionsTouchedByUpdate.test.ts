import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { sectionsTouchedByUpdate } from '../../../shared/locks/sectionsTouchedByUpdate.ts';
import { CONTENT_FRAGMENT } from '../../../shared/schema/nodeNames.ts';
import type { SectionLevel } from '../../../shared/schema/nodeNames.ts';
import type { Section } from '../../../shared/schema/Report.ts';
import { writeReportToFragment } from '../../../shared/schema/writeReportToFragment.ts';

function section(id: string, level: SectionLevel, children: Section[] = []): Section {
  return {
    id,
    level,
    runIn: false,
    heading: `标题${id}`,
    body: [{ type: 'paragraph', text: `正文${id}` }],
    children,
  };
}

/** A server replica holding 一、(a){（一）(a1){1.(a1x)}, （二）(a2)} 二、(b), and a client in sync. */
function setup() {
  const server = new Y.Doc();
  writeReportToFragment(
    {
      title: '报告',
      lead: [{ type: 'paragraph', text: '导语' }],
      sections: [
        section('a', 1, [section('a1', 2, [section('a1x', 3)]), section('a2', 2)]),
        section('b', 1),
      ],
    },
    server.getXmlFragment(CONTENT_FRAGMENT),
  );
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  const fragment = client.getXmlFragment(CONTENT_FRAGMENT);
  const find = (id: string): Y.XmlElement => {
    for (const element of fragment.createTreeWalker(
      (node) => node instanceof Y.XmlElement && node.getAttribute('id') === id,
    )) {
      return element as Y.XmlElement;
    }
    throw new Error(`no section ${id}`);
  };
  const textOf = (element: Y.XmlElement, childIndex: number): Y.XmlText =>
    (element.get(childIndex) as Y.XmlElement).get(0) as Y.XmlText;
  const touched = (change: () => void) => {
    const updates: Uint8Array[] = [];
    const record = (update: Uint8Array) => updates.push(update);
    client.on('update', record);
    client.transact(change);
    client.off('update', record);
    const result = sectionsTouchedByUpdate(server, Y.mergeUpdates(updates));
    return { ids: [...result.sectionIds].sort(), missing: result.missingDependencies };
  };
  return { server, client, fragment, find, textOf, touched };
}

describe('sectionsTouchedByUpdate', () => {
  it('finds a heading edit and its ancestors', () => {
    const { find, textOf, touched } = setup();
    expect(touched(() => textOf(find('a1'), 0).insert(1, '新'))).toEqual({
      ids: ['a', 'a1'],
      missing: false,
    });
  });

  it('finds a body insert in a deep section', () => {
    const { find, textOf, touched } = setup();
    expect(touched(() => textOf(find('a1x'), 1).insert(0, '补充')).ids).toEqual(['a', 'a1', 'a1x']);
  });

  it('finds a text deletion', () => {
    const { find, textOf, touched } = setup();
    expect(touched(() => textOf(find('b'), 1).delete(0, 2)).ids).toEqual(['b']);
  });

  it('finds the deletion of a section node with its whole subtree', () => {
    const { find, touched } = setup();
    const a = find('a');
    expect(touched(() => a.delete(1, 2)).ids).toEqual(['a', 'a1', 'a1x']);
  });

  it('finds an attribute change and a formatting change', () => {
    const { find, textOf, touched } = setup();
    expect(touched(() => find('a2').setAttribute('level', '3')).ids).toEqual(['a', 'a2']);
    expect(touched(() => textOf(find('a2'), 1).format(0, 2, { bold: true })).ids).toEqual([
      'a',
      'a2',
    ]);
  });

  it('finds a new child section inserted into a section', () => {
    const { find, touched } = setup();
    const child = new Y.XmlElement('section');
    child.setAttribute('id', 'new');
    expect(touched(() => find('b').insert(2, [child])).ids).toEqual(['b', 'new']);
  });

  it('finds nothing for top-level content between sections', () => {
    const { fragment, touched } = setup();
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText('新段落')]);
    expect(touched(() => fragment.insert(2, [paragraph]))).toEqual({ ids: [], missing: false });
  });

  it('finds a move (delete and re-insert) of a section', () => {
    const { fragment, find, touched } = setup();
    const b = find('b');
    const copy = b.clone();
    expect(
      touched(() => {
        fragment.delete(3, 1);
        fragment.insert(2, [copy]);
      }).ids,
    ).toEqual(['b']);
  });

  it('finds both sides of a merge across a section boundary', () => {
    const { fragment, find, textOf, touched } = setup();
    expect(
      touched(() => {
        textOf(find('a2'), 1).insert(4, '标题b');
        fragment.delete(3, 1);
      }).ids,
    ).toEqual(['a', 'a2', 'b']);
  });

  it('ignores what the document already has', () => {
    const { server } = setup();
    const result = sectionsTouchedByUpdate(server, Y.encodeStateAsUpdate(server));
    expect([...result.sectionIds]).toEqual([]);
    expect(result.missingDependencies).toBe(false);
  });

  it('flags an update that builds on content the document has not seen', () => {
    const { client, find, textOf, server } = setup();
    textOf(find('b'), 1).insert(0, '甲');
    const before = Y.encodeStateVector(client);
    textOf(find('b'), 1).insert(1, '乙');
    const onlySecond = Y.encodeStateAsUpdate(client, before);
    expect(sectionsTouchedByUpdate(server, onlySecond).missingDependencies).toBe(true);
  });
});
