import { toBase64 } from 'lib0/buffer';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { isStateVectorCovered } from '../../client/collaboration/isStateVectorCovered.ts';
import { createSaveTracker } from '../../client/collaboration/SaveTracker.ts';

const remote = Symbol('provider');
const storedVectorOf = (doc: Y.Doc) => toBase64(Y.encodeStateVector(doc));

describe('save state', () => {
  it('compares state vectors entry by entry', () => {
    expect(isStateVectorCovered(new Map([[1, 3]]), new Map([[1, 3]]))).toBe(true);
    expect(isStateVectorCovered(new Map([[1, 4]]), new Map([[1, 3]]))).toBe(false);
    expect(isStateVectorCovered(new Map([[2, 1]]), new Map([[1, 9]]))).toBe(false);
    expect(isStateVectorCovered(new Map(), new Map())).toBe(true);
  });

  it('is saved only once the server stored every local change', () => {
    const doc = new Y.Doc();
    const tracker = createSaveTracker(doc, (origin) => origin === remote, true);
    expect(tracker.getSnapshot()).toBe('saved');
    doc.getText('t').insert(0, '正文');
    expect(tracker.getSnapshot()).toBe('saving');
    const partial = new Y.Doc();
    Y.applyUpdate(partial, Y.encodeStateAsUpdate(doc));
    doc.getText('t').insert(2, '更多');
    tracker.handleStored(storedVectorOf(partial));
    expect(tracker.getSnapshot()).toBe('saving');
    tracker.handleStored(storedVectorOf(doc));
    expect(tracker.getSnapshot()).toBe('saved');
  });

  it('says unsaved while offline and ignores what came from the server', () => {
    const doc = new Y.Doc();
    const tracker = createSaveTracker(doc, (origin) => origin === remote, false);
    const other = new Y.Doc();
    other.getText('t').insert(0, '别人的字');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other), remote);
    tracker.handleStored(storedVectorOf(other));
    expect(tracker.getSnapshot()).toBe('saved');
    doc.getText('t').insert(0, '我');
    expect(tracker.getSnapshot()).toBe('unsaved');
    tracker.handleConnectionChange(true);
    expect(tracker.getSnapshot()).toBe('saving');
  });

  it('waits for a stored message after a deletion, which does not move the state vector', () => {
    const doc = new Y.Doc();
    const tracker = createSaveTracker(doc, (origin) => origin === remote, false);
    doc.getText('t').insert(0, '删除我');
    tracker.handleStored(storedVectorOf(doc));
    expect(tracker.getSnapshot()).toBe('saved');
    doc.getText('t').delete(0, 1);
    expect(tracker.getSnapshot()).toBe('unsaved');
    tracker.handleConnectionChange(true);
    expect(tracker.getSnapshot()).toBe('saving');
    tracker.handleStored(storedVectorOf(doc));
    expect(tracker.getSnapshot()).toBe('saved');
  });
});
