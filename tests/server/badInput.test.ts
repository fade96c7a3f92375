import * as encoding from 'lib0/encoding';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CLOSE } from '../../shared/protocol/closeCodes.ts';
import { MAX_FRAME_BYTES, MESSAGE } from '../../shared/protocol/messageTypes.ts';
import { appendParagraph } from '../helpers/appendParagraph.ts';
import { createClient, type TestClient } from '../helpers/createClient.ts';
import { createTestServer, type TestServer } from '../helpers/createTestServer.ts';
import { openRawSocket, upgradeStatus } from '../helpers/openRawSocket.ts';
import { waitFor } from '../helpers/waitFor.ts';

function frame(...parts: Array<(encoder: encoding.Encoder) => void>): Uint8Array {
  const encoder = encoding.createEncoder();
  for (const part of parts) part(encoder);
  return encoding.toUint8Array(encoder);
}
const uint = (value: number) => (encoder: encoding.Encoder) =>
  encoding.writeVarUint(encoder, value);
const bytes = (value: number[]) => (encoder: encoding.Encoder) =>
  encoding.writeVarUint8Array(encoder, new Uint8Array(value));
const text = (value: string) => (encoder: encoding.Encoder) =>
  encoding.writeVarString(encoder, value);

const MALFORMED: Array<[string, Uint8Array]> = [
  ['an empty frame', new Uint8Array()],
  ['an unknown message type', frame(uint(77))],
  ['a server-only custom message', frame(uint(MESSAGE.stored), text('{}'))],
  ['an unknown sync message type', frame(uint(MESSAGE.sync), uint(9), bytes([]))],
  ['a truncated sync payload', new Uint8Array([MESSAGE.sync, 2, 40, 1, 2, 3])],
  [
    'an undecodable update',
    frame(uint(MESSAGE.sync), uint(2), bytes([0xd0, 0x8c, 0x34, 0x94, 0xc5])),
  ],
  [
    'an update that lies about its struct count',
    frame(uint(MESSAGE.sync), uint(2), bytes([0xd0, 0x8c, 0x34, 0x94, 0xc5, 0x8b, 0x0c, 0x48])),
  ],
  ['a bad state vector', frame(uint(MESSAGE.sync), uint(0), bytes([0xff, 0xff, 0xff]))],
  ['a bad awareness update', frame(uint(MESSAGE.awareness), bytes([1, 5, 1, 3, 0x7b, 0x7b, 0x7b]))],
  ['hello with invalid JSON', frame(uint(MESSAGE.hello), text('{"protocolVersion":'))],
  ['hello with a wrong payload', frame(uint(MESSAGE.hello), text('{"protocolVersion":"one"}'))],
];

describe('bad input', () => {
  let server: TestServer;
  let documentId: string;
  const clients: TestClient[] = [];

  beforeAll(async () => {
    server = await createTestServer();
    documentId = await server.createDocument('坏输入');
  });
  afterEach(() => {
    for (const client of clients.splice(0)) client.destroy();
  });
  afterAll(async () => {
    await server.close();
  });

  async function twoClients(): Promise<[TestClient, TestClient]> {
    const pair: [TestClient, TestClient] = [
      createClient(server, documentId),
      createClient(server, documentId),
    ];
    clients.push(...pair);
    await Promise.all(pair.map((client) => client.whenSynced()));
    return pair;
  }

  async function expectStillSyncing([alice, bob]: [TestClient, TestClient], marker: string) {
    appendParagraph(alice.fragment, marker);
    await waitFor(() => bob.fragment.toString().includes(marker), {
      message: `bob to receive ${marker}`,
    });
  }

  it.each(MALFORMED)('closes only the socket that sent %s', async (name, payload) => {
    const pair = await twoClients();
    const raw = await openRawSocket(server, documentId);
    raw.socket.send(payload);
    const closed = await raw.closed;
    expect(closed).toEqual({
      code: CLOSE.malformedFrame.code,
      reason: CLOSE.malformedFrame.reason,
    });
    await expectStillSyncing(pair, `after ${name}`);
    expect(pair.every((client) => client.provider.wsconnected)).toBe(true);
  });

  it('closes a socket that sends a text frame', async () => {
    const raw = await openRawSocket(server, documentId);
    raw.socket.send('hello');
    expect((await raw.closed).code).toBe(CLOSE.malformedFrame.code);
  });

  it('closes a socket that sends a frame larger than MAX_FRAME_BYTES', async () => {
    const pair = await twoClients();
    const raw = await openRawSocket(server, documentId);
    raw.socket.send(new Uint8Array(MAX_FRAME_BYTES + 1));
    expect(await raw.closed).toEqual({
      code: CLOSE.frameTooLarge.code,
      reason: CLOSE.frameTooLarge.reason,
    });
    await expectStillSyncing(pair, 'after an oversized frame');
  });

  it('accepts a frame of exactly MAX_FRAME_BYTES up to its content', async () => {
    const raw = await openRawSocket(server, documentId);
    const payload = new Uint8Array(MAX_FRAME_BYTES);
    payload[0] = MESSAGE.auth;
    raw.socket.send(payload);
    raw.socket.send(frame(uint(MESSAGE.queryAwareness)));
    await waitFor(() => raw.frames.some((received) => received[0] === MESSAGE.awareness), {
      message: 'an awareness answer after the large frame',
    });
    raw.socket.close();
  });

  it('refuses sockets for unknown, invalid and misplaced document ids', async () => {
    const admin = server.credentials();
    expect(await upgradeStatus(`${server.wsUrl}/${documentId}`, admin)).toBe(101);
    expect(await upgradeStatus(`${server.wsUrl}/doesNotExist123`, admin)).toBe(404);
    expect(await upgradeStatus(`${server.wsUrl}/bad%20id!`, admin)).toBe(400);
    expect(await upgradeStatus(`${server.wsUrl}/${'x'.repeat(65)}`, admin)).toBe(400);
    expect(await upgradeStatus(`${server.wsUrl}/%E0%A4%A`, admin)).toBe(400);
    expect(await upgradeStatus(`${server.httpUrl.replace('http', 'ws')}/elsewhere`, admin)).toBe(
      404,
    );
  });

  it('drops a half-applied update and reloads the document without it', async () => {
    const pair = await twoClients();
    const [alice, bob] = pair;
    appendParagraph(alice.fragment, '原有内容');
    await waitFor(() => bob.fragment.toString().includes('原有内容'));
    const forged = findHalfApplyingUpdate(alice.doc);
    const before = alice.fragment.toString();

    const raw = await openRawSocket(server, documentId);
    raw.socket.send(frame(uint(MESSAGE.sync), uint(2), bytes([...forged])));
    expect((await raw.closed).code).toBe(CLOSE.malformedFrame.code);

    await waitFor(() => pair.every((client) => client.provider.synced), {
      message: 'clients to reconnect',
    });
    const witness = createClient(server, documentId);
    clients.push(witness);
    await witness.whenSynced();
    expect(witness.fragment.toString()).toBe(before);
    expect(bob.fragment.toString()).toBe(before);
    await expectStillSyncing(pair, 'after the reload');
  });

  it('keeps answering the API after all of that', async () => {
    const response = await fetch(`${server.httpUrl}/api/health`);
    expect(response.status).toBe(200);
    expect(server.logs).toContain('malformed frame');
  });
});

/**
 * Mutates a real update until it decodes but fails half-way through being applied to a
 * copy of `doc`: the kind of update that would leave a server half-changed. Seeded, so the
 * same update is found on every run.
 */
function findHalfApplyingUpdate(doc: Y.Doc): Uint8Array {
  const source = new Y.Doc();
  const text = new Y.XmlText();
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [text]);
  source.getXmlFragment('default').push([paragraph]);
  for (let index = 0; index < 30; index++) {
    text.insert(index % 3, '改');
    paragraph.setAttribute('n', String(index));
  }
  const base = Y.encodeStateAsUpdate(source);
  const state = Y.encodeStateAsUpdate(doc);
  let seed = 42;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  for (let attempt = 0; attempt < 200_000; attempt++) {
    const candidate = base.slice();
    candidate[Math.floor(random() * candidate.length)] = Math.floor(random() * 256);
    try {
      Y.decodeUpdate(candidate);
    } catch {
      continue;
    }
    const copy = new Y.Doc();
    Y.applyUpdate(copy, state);
    let changed = false;
    copy.on('update', () => {
      changed = true;
    });
    try {
      Y.applyUpdate(copy, candidate);
    } catch {
      if (changed) return candidate;
    }
  }
  throw new Error('No half-applying update found');
}
