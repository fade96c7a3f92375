import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { NODE } from '../../../shared/schema/nodeNames.ts';
import { appendParagraph } from '../../helpers/appendParagraph.ts';
import type { TestClient } from '../../helpers/createClient.ts';
import {
  createTestServer,
  type TestServer,
  type TestUser,
} from '../../helpers/createTestServer.ts';
import { findSection, sectionText } from '../../helpers/findSection.ts';
import { waitFor } from '../../helpers/waitFor.ts';
import {
  claim,
  createReport,
  createTeam,
  openAs,
  waitForLocks,
  type SampleSections,
  type Team,
} from './lockFixture.ts';

type Edit = (fragment: Y.XmlFragment, sections: SampleSections) => void;

function parentAndIndex(element: Y.XmlElement): [Y.XmlElement | Y.XmlFragment, number] {
  const parent = element.parent as Y.XmlElement | Y.XmlFragment;
  return [parent, parent.toArray().indexOf(element)];
}

function removeSection(element: Y.XmlElement): void {
  const [parent, index] = parentAndIndex(element);
  parent.delete(index, 1);
}

function bodyCopies(section: Y.XmlElement): Y.XmlElement[] {
  return section
    .toArray()
    .filter(
      (child): child is Y.XmlElement =>
        child instanceof Y.XmlElement && child.nodeName === NODE.paragraph,
    )
    .map((paragraph) => paragraph.clone());
}

/** Edits of section a2 （二）, each as the editor or a forged client could send them. */
const EDITS: Array<[string, Edit]> = [
  ['inserts text into its body', (f, s) => sectionText(findSection(f, s.a2), 0).insert(0, '插入')],
  [
    'deletes its text',
    (f, s) => {
      const text = sectionText(findSection(f, s.a2), 0);
      text.delete(0, text.length);
    },
  ],
  ['deletes the section node', (f, s) => removeSection(findSection(f, s.a2))],
  [
    'moves it (delete and reinsert)',
    (f, s) => {
      const section = findSection(f, s.a2);
      const copy = section.clone();
      removeSection(section);
      f.push([copy]);
    },
  ],
  ['edits its heading', (f, s) => sectionText(findSection(f, s.a2)).insert(2, '认真')],
  [
    'changes its level',
    (f, s) => findSection(f, s.a2).setAttribute('level', 3 as unknown as string),
  ],
  [
    'merges the next section into it',
    (f, s) => {
      const next = findSection(f, s.a3);
      const target = findSection(f, s.a2);
      target.push(bodyCopies(next));
      removeSection(next);
    },
  ],
  [
    'merges it into the previous section',
    (f, s) => {
      const target = findSection(f, s.a2);
      findSection(f, s.a1).push(bodyCopies(target));
      removeSection(target);
    },
  ],
];

describe('lock enforcement on incoming updates', () => {
  let server: TestServer;
  let team: Team;
  const clients: TestClient[] = [];
  const open = async (id: string, user: TestUser) => {
    const client = await openAs(server, id, user);
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    server = await createTestServer();
    team = await createTeam(server);
  });
  afterEach(() => {
    for (const client of clients.splice(0)) client.destroy();
  });
  afterAll(async () => {
    await server.close();
  });

  /** A report with （二） locked by 张三, a viewer watching, and 李四 ready to edit. */
  async function lockedReport() {
    const { id, sections } = await createReport(server, team);
    const holder = await open(id, team.zhang);
    expect(await claim(holder, sections.a2)).toMatchObject({ ok: true });
    const observer = await open(id, team.zhao);
    await waitForLocks(observer, [sections.a2]);
    return { id, sections, holder, observer };
  }

  /** Lets 王五 append a paragraph at the end and waits until the observer has it. */
  async function markAndSettle(id: string, observer: TestClient, before: string) {
    const marker = await open(id, team.wang);
    appendParagraph(marker.fragment, '标记');
    await waitFor(() => observer.fragment.toJSON() === `${before}<paragraph>标记</paragraph>`, {
      message: 'the observer to have exactly the marker added',
    });
  }

  it.each(EDITS)(
    'refuses another drafter who %s, and nothing changes for anyone',
    async (_name, edit) => {
      const { id, sections, observer } = await lockedReport();
      const before = observer.fragment.toJSON();
      const editor = await open(id, team.li);
      editor.doc.transact(() => edit(editor.fragment, sections));
      await waitFor(() => editor.rejections.length > 0, { message: 'updateRejected' });
      expect(editor.rejections[0]).toMatchObject({
        reason: 'locked',
        sectionId: sections.a2,
        holder: '张三',
        message: { zh: expect.stringContaining('张三') },
      });
      await markAndSettle(id, observer, before);
      const late = await open(id, team.wang);
      expect(late.fragment.toJSON()).toBe(observer.fragment.toJSON());
      expect(late.fragment.toJSON()).not.toBe(editor.fragment.toJSON());
    },
  );

  it('refuses a new child section inside a locked section, and an edit in a child of a locked section', async () => {
    const { id, sections, observer } = await lockedReport();
    const before = observer.fragment.toJSON();
    const editor = await open(id, team.li);
    const child = new Y.XmlElement(NODE.section);
    child.setAttribute('id', 'new-child');
    child.insert(0, [new Y.XmlElement(NODE.sectionHeading)]);
    findSection(editor.fragment, sections.a2).push([child]);
    await waitFor(() => editor.rejections.length === 1);
    expect(editor.rejections[0]).toMatchObject({ reason: 'locked', sectionId: sections.a2 });

    // 张三 takes 一、 as a whole; his lock on （二） is folded into it.
    const holder = clients[0]!;
    expect(await claim(holder, sections.a)).toMatchObject({ ok: true });
    await waitForLocks(observer, [sections.a]);
    const second = await open(id, team.li);
    sectionText(findSection(second.fragment, sections.a1), 0).insert(0, '子');
    await waitFor(() => second.rejections.length === 1);
    expect(second.rejections[0]).toMatchObject({ reason: 'locked', sectionId: sections.a });
    await markAndSettle(id, observer, before);
  });

  it.each(EDITS)('accepts the holder who %s', async (_name, edit) => {
    const { holder, observer, sections } = await lockedReport();
    holder.doc.transact(() => edit(holder.fragment, sections));
    await waitFor(() => observer.fragment.toJSON() === holder.fragment.toJSON(), {
      message: 'the observer to have the holder’s edit',
    });
    expect(holder.rejections).toEqual([]);
  });

  it('accepts edits in an unlocked sibling while a section is locked', async () => {
    const { id, sections, observer } = await lockedReport();
    const editor = await open(id, team.li);
    editor.doc.transact(() => {
      sectionText(findSection(editor.fragment, sections.a3), 0).insert(0, '兄弟');
      sectionText(findSection(editor.fragment, sections.a1)).insert(0, '前');
      removeSection(findSection(editor.fragment, sections.b2));
    });
    await waitFor(() => observer.fragment.toJSON() === editor.fragment.toJSON());
    expect(editor.rejections).toEqual([]);
    expect(observer.locks?.map((lock) => lock.sectionId)).toEqual([sections.a2]);
  });

  it('refuses an edit that was in flight when the lock was granted (its client had not seen the lock)', async () => {
    const { id, sections } = await createReport(server, team);
    const holder = await open(id, team.zhang);
    const observer = await open(id, team.zhao);
    const editor = await open(id, team.li);
    const before = observer.fragment.toJSON();
    expect(await claim(holder, sections.b1)).toMatchObject({ ok: true });
    sectionText(findSection(editor.fragment, sections.b1), 0).insert(5, '在途文字');
    await waitFor(() => editor.rejections.length === 1);
    expect(editor.rejections[0]).toMatchObject({
      reason: 'locked',
      sectionId: sections.b1,
      holder: '张三',
    });
    await markAndSettle(id, observer, before);
  });

  it('refuses, as invalid, a later update that builds on a refused one', async () => {
    const { id, sections, observer } = await lockedReport();
    const before = observer.fragment.toJSON();
    const editor = await open(id, team.li);
    const text = sectionText(findSection(editor.fragment, sections.a2), 0);
    text.insert(0, '一');
    await waitFor(() => editor.rejections.length === 1);
    text.insert(1, '二');
    await waitFor(() => editor.rejections.length === 2);
    expect(editor.rejections[1]).toMatchObject({ reason: 'invalid' });
    await markAndSettle(id, observer, before);
  });
});
