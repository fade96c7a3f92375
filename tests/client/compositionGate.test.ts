// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import {
  createCompositionGate,
  type UpdateSendingProvider,
} from '../../client/collaboration/CompositionGate.ts';
import { readReportFromFragment } from '../../shared/schema/readReportFromFragment.ts';
import {
  createTestEditor,
  placeCursorInHeading,
  section,
  type TestEditor,
} from './createTestEditor.ts';

/** A provider stand-in that "sends" to a colleague's replica and records every frame. */
function createLink(local: Y.Doc, colleague: Y.Doc) {
  const sent: Uint8Array[] = [];
  const seenByColleague: string[] = [];
  colleague.on('afterTransaction', () => {
    const report = readReportFromFragment(colleague.getXmlFragment('default'));
    seenByColleague.push(
      [report.title, ...report.sections.map((entry) => entry.heading)].join('|'),
    );
  });
  const provider: UpdateSendingProvider = {
    doc: local,
    _updateHandler: (update, origin) => {
      if (origin === provider) return;
      sent.push(update);
      Y.applyUpdate(colleague, update, 'network');
    },
  };
  local.on('update', provider._updateHandler);
  return { provider, sent, seenByColleague };
}

const editors: TestEditor[] = [];
afterEach(() => {
  editors.splice(0).forEach((entry) => entry.destroy());
});

describe('composition gate', () => {
  it('holds local updates while composing and sends one merged update on release', () => {
    const local = new Y.Doc();
    const colleague = new Y.Doc();
    const text = local.getText('t');
    const link = createLink(local, colleague);
    const gate = createCompositionGate(link.provider);

    text.insert(0, '我');
    expect(link.sent).toHaveLength(1);
    gate.hold();
    text.insert(1, 'n');
    text.insert(2, 'i');
    text.delete(1, 2);
    text.insert(1, '你');
    expect(link.sent).toHaveLength(1);
    expect(colleague.getText('t').toString()).toBe('我');
    gate.release();
    expect(link.sent).toHaveLength(2);
    expect(colleague.getText('t').toString()).toBe('我你');
    expect(local.getText('t').toString()).toBe('我你');
    gate.destroy();
  });

  it('lets remote updates through and does not echo them back while holding', () => {
    const local = new Y.Doc();
    const colleague = new Y.Doc();
    const link = createLink(local, colleague);
    const gate = createCompositionGate(link.provider);
    gate.hold();
    const other = new Y.Doc();
    other.getText('t').insert(0, 'remote');
    Y.applyUpdate(local, Y.encodeStateAsUpdate(other), link.provider);
    expect(local.getText('t').toString()).toBe('remote');
    gate.release();
    expect(link.sent).toHaveLength(0);
    gate.destroy();
  });

  it('gives the provider its handler back on destroy and releases what it held', () => {
    const local = new Y.Doc();
    const colleague = new Y.Doc();
    const link = createLink(local, colleague);
    const original = link.provider._updateHandler;
    const gate = createCompositionGate(link.provider);
    expect(link.provider._updateHandler).not.toBe(original);
    gate.hold();
    local.getText('t').insert(0, '字');
    gate.destroy();
    expect(link.provider._updateHandler).toBe(original);
    expect(colleague.getText('t').toString()).toBe('字');
    local.getText('t').insert(1, '词');
    expect(colleague.getText('t').toString()).toBe('字词');
    expect(link.sent).toHaveLength(2);
  });

  it('in the editor: a colleague never sees pinyin, only the committed characters', async () => {
    const local = new Y.Doc();
    const colleague = new Y.Doc();
    const link = createLink(local, colleague);
    const gate = createCompositionGate(link.provider);
    const opened = createTestEditor({ doc: local, gate });
    editors.push(opened);
    const { editor } = opened;
    editor.commands.setContent({
      type: 'doc',
      content: [
        { type: 'title', content: [{ type: 'text', text: '报告' }] },
        {
          type: 'section',
          attrs: { id: 's', level: 1 },
          content: [{ type: 'sectionHeading', content: [{ type: 'text', text: '做法' }] }],
        },
      ],
    });
    expect(colleague.getXmlFragment('default').length).toBe(2);
    const framesBefore = link.sent.length;
    placeCursorInHeading(editor, 's');

    const dom = editor.view.dom;
    dom.dispatchEvent(new CompositionEvent('compositionstart', { data: '' }));
    expect(gate.holding).toBe(true);
    const start = editor.state.selection.from;
    let composed = '';
    for (const step of ['z', 'zh', 'zhu', 'zhuy', 'zhuyao', '主要']) {
      editor.commands.insertContentAt({ from: start, to: start + composed.length }, step);
      composed = step;
    }
    expect(editor.state.selection.$from.parent.textContent).toBe('做法主要');
    dom.dispatchEvent(new CompositionEvent('compositionend', { data: '主要' }));
    expect(link.sent.length).toBe(framesBefore);

    await vi.waitFor(() => expect(gate.holding).toBe(false));
    expect(link.sent.length).toBe(framesBefore + 1);
    const report = readReportFromFragment(colleague.getXmlFragment('default'));
    expect(report.sections[0]!.heading).toBe('做法主要');
    expect(link.seenByColleague.length).toBeGreaterThan(0);
    expect(link.seenByColleague.filter((seen) => /[a-z]/.test(seen))).toEqual([]);
  });

  it('keeps holding when a new composition starts before the previous one settled', async () => {
    const local = new Y.Doc();
    const colleague = new Y.Doc();
    const link = createLink(local, colleague);
    const gate = createCompositionGate(link.provider);
    const opened = createTestEditor({
      doc: local,
      gate,
      report: { title: 'T', lead: [], sections: [section('s', 1, '')] },
    });
    editors.push(opened);
    const dom = opened.editor.view.dom;
    dom.dispatchEvent(new CompositionEvent('compositionstart'));
    dom.dispatchEvent(new CompositionEvent('compositionend'));
    dom.dispatchEvent(new CompositionEvent('compositionstart'));
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(gate.holding).toBe(true);
    dom.dispatchEvent(new CompositionEvent('compositionend'));
    await vi.waitFor(() => expect(gate.holding).toBe(false));
  });
});
