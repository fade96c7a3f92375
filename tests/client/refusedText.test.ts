import { describe, expect, it } from 'vitest';
import { refusedTextBetween } from '../../client/locks/refusedTextBetween.ts';
import { createRefusedTextStore } from '../../client/locks/RefusedTextStore.ts';
import { textBlocksOf } from '../../client/locks/textBlocksOf.ts';
import { section } from './createTestEditor.ts';

describe('refused text', () => {
  it('is every local paragraph the server copy lacks, whole', () => {
    const local = textBlocksOf({
      title: '报告',
      lead: [],
      sections: [
        section('a', 1, '主要做法', [], [{ type: 'paragraph', text: '正文，我新写的一句。' }]),
      ],
    });
    const server = textBlocksOf({
      title: '报告',
      lead: [],
      sections: [section('a', 1, '主要做法', [], [{ type: 'paragraph', text: '正文，' }])],
    });
    expect(refusedTextBetween(local, server)).toEqual(['正文，我新写的一句。']);
    expect(refusedTextBetween(['甲', '甲', ''], ['甲'])).toEqual(['甲']);
  });

  it('is kept while the document reloads, then offered once the server copy is in', () => {
    const store = createRefusedTextStore();
    store.hold(['报告', '新写的段落']);
    expect(store.getSnapshot().status).toBe('reloading');
    store.compareWithServer(['报告']);
    expect(store.getSnapshot()).toEqual({ status: 'ready', paragraphs: ['新写的段落'] });
    store.dismiss();
    expect(store.getSnapshot()).toEqual({ status: 'none' });
    store.hold(['报告']);
    store.compareWithServer(['报告']);
    expect(store.getSnapshot()).toEqual({ status: 'none' });
  });
});
