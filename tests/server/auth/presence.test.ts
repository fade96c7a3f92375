import * as encoding from 'lib0/encoding';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MESSAGE } from '../../../shared/protocol/messageTypes.ts';
import { createClient, type TestClient } from '../../helpers/createClient.ts';
import {
  createTestServer,
  type TestServer,
  type TestUser,
} from '../../helpers/createTestServer.ts';
import { openRawSocket } from '../../helpers/openRawSocket.ts';
import { waitFor } from '../../helpers/waitFor.ts';

/** An awareness frame claiming `state` for `clientId` at `clock`, as a forger would send it. */
function awarenessFrame(clientId: number, clock: number, state: unknown): Uint8Array {
  const update = encoding.createEncoder();
  encoding.writeVarUint(update, 1);
  encoding.writeVarUint(update, clientId);
  encoding.writeVarUint(update, clock);
  encoding.writeVarString(update, JSON.stringify(state));
  const frame = encoding.createEncoder();
  encoding.writeVarUint(frame, MESSAGE.awareness);
  encoding.writeVarUint8Array(frame, encoding.toUint8Array(update));
  return encoding.toUint8Array(frame);
}

describe('presence identity', () => {
  let server: TestServer;
  let documentId: string;
  let alice: TestUser;
  let mallory: TestUser;
  const clients: TestClient[] = [];

  beforeAll(async () => {
    server = await createTestServer();
    documentId = await server.createDocument('在线');
    alice = await server.createUser('alice', { displayName: '张三' });
    mallory = await server.createUser('mallory', { displayName: '马某' });
    await server.addMember(documentId, 'alice', 'drafter');
    await server.addMember(documentId, 'mallory', 'drafter');
  });
  afterEach(() => {
    for (const client of clients.splice(0)) client.destroy();
  });
  afterAll(async () => {
    await server.close();
  });

  it("shows the session's name and colour whatever name the client sends", async () => {
    const aliceClient = createClient(server, documentId, { cookie: alice.cookie });
    const observer = createClient(server, documentId);
    clients.push(aliceClient, observer);
    await Promise.all([aliceClient.whenSynced(), observer.whenSynced()]);

    aliceClient.provider.awareness.setLocalState({
      user: { id: 'someone-else', name: '李四', color: '#000000' },
      cursor: { anchor: 1, head: 2 },
    });
    const seen = () => observer.provider.awareness.getStates().get(aliceClient.doc.clientID);
    await waitFor(() => seen() !== undefined, { message: "the observer to see alice's caret" });
    expect(seen()).toEqual({
      user: { id: alice.id, name: '张三', color: alice.color, clientId: aliceClient.doc.clientID },
      cursor: { anchor: 1, head: 2 },
    });
  });

  it("drops awareness states a socket sends for another user's client id", async () => {
    const aliceClient = createClient(server, documentId, { cookie: alice.cookie });
    const observer = createClient(server, documentId);
    clients.push(aliceClient, observer);
    await Promise.all([aliceClient.whenSynced(), observer.whenSynced()]);
    aliceClient.provider.awareness.setLocalStateField('cursor', { anchor: 1, head: 1 });
    const aliceId = aliceClient.doc.clientID;
    const seen = () => observer.provider.awareness.getStates().get(aliceId);
    await waitFor(() => seen() !== undefined);

    const raw = await openRawSocket(server, documentId, { cookie: mallory.cookie });
    raw.socket.send(
      awarenessFrame(aliceId, 1000, { user: { name: '张三（冒充）' }, cursor: null }),
    );
    raw.socket.send(awarenessFrame(aliceId, 1001, null));
    raw.socket.send(awarenessFrame(4242, 1, { user: { name: '张三' }, cursor: null }));
    // Frames are handled in order: once alice's next change arrives, the forgeries were handled.
    aliceClient.provider.awareness.setLocalStateField('cursor', { anchor: 5, head: 5 });
    await waitFor(() => (seen()?.cursor as { anchor?: number } | undefined)?.anchor === 5, {
      message: "alice's later caret",
    });
    await waitFor(() => observer.provider.awareness.getStates().has(4242));

    expect(seen()).toMatchObject({ user: { id: alice.id, name: '张三' } });
    expect(observer.provider.awareness.getStates().get(4242)).toEqual({
      user: { id: mallory.id, name: '马某', color: mallory.color, clientId: 4242 },
      cursor: null,
    });
    raw.socket.close();
    await waitFor(() => !observer.provider.awareness.getStates().has(4242), {
      message: "mallory's state to go when her socket closes",
    });
    expect(seen()).toBeDefined();
  });
});
