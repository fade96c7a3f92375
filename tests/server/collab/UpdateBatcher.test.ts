import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { UpdateBatcher } from '../../../server/collab/UpdateBatcher.ts';
import { Logger } from '../../../server/logging/Logger.ts';
import { waitFor } from '../../helpers/waitFor.ts';

function recorder(failures: number) {
  const stored: Uint8Array[] = [];
  const broadcasts: Array<{ update: Uint8Array; except: unknown }> = [];
  let storedSignals = 0;
  let attempts = 0;
  return {
    stored,
    broadcasts,
    get storedSignals() {
      return storedSignals;
    },
    get attempts() {
      return attempts;
    },
    target: {
      store(update: Uint8Array) {
        attempts++;
        if (attempts <= failures) throw new Error('disk full');
        stored.push(update);
      },
      broadcast(update: Uint8Array, except: unknown) {
        broadcasts.push({ update, except });
      },
      stored() {
        storedSignals++;
      },
    },
  };
}

function textUpdates(count: number): Uint8Array[] {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  for (let index = 0; index < count; index++) doc.getText('t').insert(index, String(index % 10));
  return updates;
}

function contentOf(updates: Uint8Array[]): string {
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, update);
  return doc.getText('t').toString();
}

const silent = new Logger('silent');

describe('UpdateBatcher', () => {
  it('stores and broadcasts the updates of one turn once, without echoing a lone sender', async () => {
    const record = recorder(0);
    const batcher = new UpdateBatcher(
      record.target,
      { retryLimit: 3, retryDelayMs: 1, windowMs: 0 },
      silent,
    );
    const sender = {};
    for (const update of textUpdates(5)) batcher.add(update, sender);
    await batcher.flush();
    expect(record.stored).toHaveLength(1);
    expect(record.broadcasts).toHaveLength(1);
    expect(record.broadcasts[0]!.except).toBe(sender);
    expect(contentOf(record.stored)).toBe('01234');
    expect(record.storedSignals).toBe(1);
  });

  it('echoes to everyone when several sockets sent in the same turn', async () => {
    const record = recorder(0);
    const batcher = new UpdateBatcher(
      record.target,
      { retryLimit: 3, retryDelayMs: 1, windowMs: 0 },
      silent,
    );
    const [first, second] = textUpdates(2);
    batcher.add(first!, {});
    batcher.add(second!, {});
    await batcher.flush();
    expect(record.broadcasts[0]!.except).toBeNull();
  });

  it('broadcasts but stays dirty while storing fails, then stores everything on a retry', async () => {
    const record = recorder(2);
    const batcher = new UpdateBatcher(
      record.target,
      { retryLimit: 5, retryDelayMs: 5, windowMs: 0 },
      silent,
    );
    const updates = textUpdates(3);
    batcher.add(updates[0]!, 'a');
    await batcher.flush();
    expect(batcher.dirty).toBe(true);
    expect(record.broadcasts).toHaveLength(1);
    expect(record.storedSignals).toBe(0);
    batcher.add(updates[1]!, 'a');
    batcher.add(updates[2]!, 'a');
    await batcher.flush();
    await waitFor(() => !batcher.dirty, { message: 'the retry to succeed' });
    expect(record.attempts).toBe(3);
    expect(contentOf(record.stored)).toBe('012');
    expect(record.storedSignals).toBe(1);
  });

  it('stops retrying by itself after the limit and tries again on the next update', async () => {
    const record = recorder(3);
    const batcher = new UpdateBatcher(
      record.target,
      { retryLimit: 3, retryDelayMs: 1, windowMs: 0 },
      silent,
    );
    const updates = textUpdates(2);
    batcher.add(updates[0]!, 'a');
    await batcher.flush();
    await waitFor(() => record.attempts === 3, { message: 'three attempts' });
    expect(batcher.dirty).toBe(true);
    batcher.add(updates[1]!, 'a');
    await batcher.flush();
    expect(batcher.dirty).toBe(false);
    expect(contentOf(record.stored)).toBe('01');
  });
});
