// @vitest-environment jsdom
import { toBase64 } from 'lib0/buffer';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WebSocketServer, type WebSocket } from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import {
  createCollabSession,
  type CollabSession,
} from '../../client/collaboration/createCollabSession.ts';
import { encodeCustomMessage } from '../../shared/protocol/customMessageCodec.ts';
import { MESSAGE } from '../../shared/protocol/messageTypes.ts';

/** A socket peer that speaks just enough y-websocket to sync, and records custom frames. */
async function startPeer() {
  const serverDoc = new Y.Doc();
  const types: number[] = [];
  const sockets: WebSocket[] = [];
  const server = new WebSocketServer({ port: 0, host: '127.0.0.1' });
  server.on('connection', (socket) => {
    sockets.push(socket);
    socket.on('message', (data: Buffer) => {
      const decoder = decoding.createDecoder(new Uint8Array(data));
      const type = decoding.readVarUint(decoder);
      types.push(type);
      if (type !== MESSAGE.sync) return;
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MESSAGE.sync);
      syncProtocol.readSyncMessage(decoder, encoder, serverDoc, 'client');
      if (encoding.length(encoder) > 1) socket.send(encoding.toUint8Array(encoder));
    });
    const step1 = encoding.createEncoder();
    encoding.writeVarUint(step1, MESSAGE.sync);
    syncProtocol.writeSyncStep1(step1, serverDoc);
    socket.send(encoding.toUint8Array(step1));
  });
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `ws://127.0.0.1:${port}/collab`,
    serverDoc,
    types,
    send: (frame: Uint8Array) => sockets.forEach((socket) => socket.send(frame)),
    closeAll: (code: number, reason: string) =>
      sockets.forEach((socket) => socket.close(code, reason)),
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

let session: CollabSession | null = null;
let peer: Awaited<ReturnType<typeof startPeer>> | null = null;
afterEach(async () => {
  session?.destroy();
  session = null;
  await peer?.close();
  peer = null;
});

describe('collaboration session', () => {
  it('says hello, turns saved only when the server stored everything, and shows rejections', async () => {
    peer = await startPeer();
    session = createCollabSession('doc-1', { serverUrl: peer.url });
    await vi.waitFor(() => expect(session!.connection.getSnapshot()).toBe('connected'));
    expect(peer.types).toContain(MESSAGE.hello);

    session.doc.getText('probe').insert(0, '新内容');
    expect(session.save.getSnapshot()).toBe('saving');
    await vi.waitFor(() => expect(peer!.serverDoc.getText('probe').toString()).toBe('新内容'));
    peer.send(
      encodeCustomMessage(MESSAGE.stored, {
        stateVector: toBase64(Y.encodeStateVector(peer.serverDoc)),
      }),
    );
    await vi.waitFor(() => expect(session!.save.getSnapshot()).toBe('saved'));

    peer.send(
      encodeCustomMessage(MESSAGE.updateRejected, {
        reason: 'locked',
        message: { zh: '该章节已被张三锁定', en: 'Locked by 张三' },
        sectionId: 's1',
        holder: '张三',
      }),
    );
    await vi.waitFor(() =>
      expect(session!.notices.getSnapshot().map((notice) => notice.text)).toContainEqual({
        zh: '该章节已被张三锁定',
        en: 'Locked by 张三',
      }),
    );
  });

  it('ignores a malformed custom message with a notice instead of failing', async () => {
    peer = await startPeer();
    session = createCollabSession('doc-2', { serverUrl: peer.url });
    await vi.waitFor(() => expect(session!.connection.getSnapshot()).toBe('connected'));
    peer.send(encodeCustomMessage(MESSAGE.stored, { stateVector: 42 }));
    await vi.waitFor(() => expect(session!.notices.getSnapshot()).toHaveLength(1));
    expect(session.connection.getSnapshot()).toBe('connected');
  });

  it('stops and explains when the server says the document does not exist', async () => {
    peer = await startPeer();
    session = createCollabSession('doc-3', { serverUrl: peer.url });
    await vi.waitFor(() => expect(session!.connection.getSnapshot()).toBe('connected'));
    peer.closeAll(4404, 'document not found');
    await vi.waitFor(() =>
      expect(session!.notices.getSnapshot().map((notice) => notice.text)).toContainEqual({
        key: 'notice.documentNotFound',
      }),
    );
    expect(session.provider.shouldConnect).toBe(false);
    expect(session.connection.getSnapshot()).toBe('offline');
  });

  it('is offline, with unsaved changes, when no server answers', async () => {
    session = createCollabSession('doc-4', { serverUrl: 'ws://127.0.0.1:9/collab' });
    await vi.waitFor(() => expect(session!.connection.getSnapshot()).toBe('offline'), {
      timeout: 5000,
    });
    session.doc.getText('t').insert(0, '离线');
    expect(session.save.getSnapshot()).toBe('unsaved');
  });

  it('follows membership changes pushed on the socket: the own role, others, and a removal', async () => {
    peer = await startPeer();
    session = createCollabSession('doc-5', { serverUrl: peer.url, userId: 'u-lisi' });
    await vi.waitFor(() => expect(session!.connection.getSnapshot()).toBe('connected'));
    session.access.dispatch({ type: 'roleLoaded', role: 'drafter' });

    peer.send(
      encodeCustomMessage(MESSAGE.membershipChanged, {
        userId: 'u-zhangsan',
        displayName: '张三',
        role: 'viewer',
      }),
    );
    await vi.waitFor(() => expect(session!.access.getSnapshot().membershipRevision).toBe(1));
    expect(session.access.getSnapshot().role).toBe('drafter');

    peer.send(
      encodeCustomMessage(MESSAGE.membershipChanged, {
        userId: 'u-lisi',
        displayName: '李四',
        role: 'viewer',
      }),
    );
    await vi.waitFor(() => expect(session!.access.getSnapshot().role).toBe('viewer'));

    peer.send(
      encodeCustomMessage(MESSAGE.membershipChanged, {
        userId: 'u-lisi',
        displayName: '李四',
        role: null,
      }),
    );
    await vi.waitFor(() => expect(session!.access.getSnapshot().ended).toBe('removed'));
    expect(session.provider.shouldConnect).toBe(false);
  });

  it('tells a reader once, not on every refused update', async () => {
    peer = await startPeer();
    session = createCollabSession('doc-6', { serverUrl: peer.url, userId: 'u-lisi' });
    await vi.waitFor(() => expect(session!.connection.getSnapshot()).toBe('connected'));
    const refusal = encodeCustomMessage(MESSAGE.updateRejected, {
      reason: 'readOnly',
      message: { zh: '你只有阅读权限', en: 'Read-only' },
    });
    peer.send(refusal);
    peer.send(refusal);
    await vi.waitFor(() => expect(session!.access.getSnapshot().refusedAsReader).toBe(true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(session.notices.getSnapshot()).toHaveLength(1);
  });

  it('stops for good when the server closes as forbidden', async () => {
    peer = await startPeer();
    session = createCollabSession('doc-7', { serverUrl: peer.url, userId: 'u-lisi' });
    await vi.waitFor(() => expect(session!.connection.getSnapshot()).toBe('connected'));
    peer.closeAll(4403, 'forbidden');
    await vi.waitFor(() => expect(session!.access.getSnapshot().ended).toBe('forbidden'));
    expect(session.provider.shouldConnect).toBe(false);
  });
});
