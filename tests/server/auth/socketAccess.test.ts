import * as encoding from 'lib0/encoding';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CLOSE } from '../../../shared/protocol/closeCodes.ts';
import {
  decodeCustomPayload,
  encodeCustomMessage,
} from '../../../shared/protocol/customMessageCodec.ts';
import { updateRejectedSchema } from '../../../shared/protocol/customMessages.ts';
import { MESSAGE, PROTOCOL_VERSION } from '../../../shared/protocol/messageTypes.ts';
import { CONTENT_FRAGMENT } from '../../../shared/schema/nodeNames.ts';
import * as decoding from 'lib0/decoding';
import { appendParagraph } from '../../helpers/appendParagraph.ts';
import { createClient, type TestClient } from '../../helpers/createClient.ts';
import {
  createTestServer,
  type TestServer,
  type TestUser,
} from '../../helpers/createTestServer.ts';
import { openRawSocket, upgradeStatus } from '../../helpers/openRawSocket.ts';
import { waitFor } from '../../helpers/waitFor.ts';

function syncUpdateFrame(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE.sync);
  encoding.writeVarUint(encoder, 2);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

function readRejection(frame: Uint8Array) {
  const decoder = decoding.createDecoder(frame);
  if (decoding.readVarUint(decoder) !== MESSAGE.updateRejected) return null;
  return decodeCustomPayload(decoder, updateRejectedSchema);
}

describe('who may open and write through the socket', () => {
  let server: TestServer;
  let documentId: string;
  let viewer: TestUser;
  let outsider: TestUser;
  const clients: TestClient[] = [];
  const connect = (id: string, options: Parameters<typeof createClient>[2] = {}) => {
    const client = createClient(server, id, options);
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    server = await createTestServer({
      env: { CODRAFT_ALLOWED_ORIGINS: 'https://codraft.example.gov.cn' },
    });
    documentId = await server.createDocument('权限');
    viewer = await server.createUser('viewer', { displayName: '查看者' });
    outsider = await server.createUser('outsider');
    await server.addMember(documentId, 'viewer', 'viewer');
  });
  afterEach(() => {
    for (const client of clients.splice(0)) client.destroy();
  });
  afterAll(async () => {
    await server.close();
  });

  it('refuses upgrades without a session, from another origin, or from a non-member', async () => {
    const url = `${server.wsUrl}/${documentId}`;
    const own = server.httpUrl;
    expect(await upgradeStatus(url, { cookie: server.adminCookie, origin: own })).toBe(101);
    expect(await upgradeStatus(url, { origin: own })).toBe(401);
    expect(
      await upgradeStatus(url, {
        cookie: 'codraft_session=notAValidSessionTokenAtAll',
        origin: own,
      }),
    ).toBe(401);
    expect(
      await upgradeStatus(url, { cookie: server.adminCookie, origin: 'http://evil.example' }),
    ).toBe(403);
    expect(await upgradeStatus(url, { cookie: server.adminCookie, origin: 'null' })).toBe(403);
    expect(await upgradeStatus(url, { cookie: server.adminCookie })).toBe(403);
    expect(
      await upgradeStatus(url, {
        cookie: server.adminCookie,
        origin: 'https://codraft.example.gov.cn',
      }),
    ).toBe(101);
    expect(await upgradeStatus(url, { cookie: outsider.cookie, origin: own })).toBe(403);
    expect(await upgradeStatus(url, { cookie: viewer.cookie, origin: own })).toBe(101);
    // No session learns nothing about which documents exist.
    expect(await upgradeStatus(`${server.wsUrl}/noSuchDocument`, { origin: own })).toBe(401);
    expect(
      await upgradeStatus(`${server.wsUrl}/noSuchDocument`, {
        cookie: outsider.cookie,
        origin: own,
      }),
    ).toBe(404);
  });

  it("leaves the document unchanged for everyone when a viewer's raw socket sends an update", async () => {
    const writer = connect(documentId, { hello: true });
    await writer.whenSynced();
    appendParagraph(writer.fragment, '正文');
    await writer.whenStored();
    const before = writer.fragment.toString();

    const raw = await openRawSocket(server, documentId, { cookie: viewer.cookie });
    raw.socket.send(encodeCustomMessage(MESSAGE.hello, { protocolVersion: PROTOCOL_VERSION }));
    const forged = new Y.Doc();
    appendParagraph(forged.getXmlFragment(CONTENT_FRAGMENT), '查看者写的');
    raw.socket.send(syncUpdateFrame(Y.encodeStateAsUpdate(forged)));
    await waitFor(() => raw.frames.some((frame) => readRejection(frame) !== null), {
      message: 'the viewer to be told',
    });
    const rejection = raw.frames.map(readRejection).find((payload) => payload !== null);
    expect(rejection).toMatchObject({ reason: 'readOnly' });

    // A deletion of existing content is refused as well.
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(writer.doc));
    let deletion: Uint8Array | null = null;
    copy.on('update', (update: Uint8Array) => {
      deletion = update;
    });
    copy.getXmlFragment(CONTENT_FRAGMENT).delete(0, 1);
    raw.socket.send(syncUpdateFrame(deletion!));
    await waitFor(() => raw.frames.filter((frame) => readRejection(frame) !== null).length === 2, {
      message: 'the second rejection',
    });
    expect(raw.socket.readyState).toBe(raw.socket.OPEN);

    const witness = connect(documentId);
    await witness.whenSynced();
    expect(witness.fragment.toString()).toBe(before);
    appendParagraph(writer.fragment, '之后');
    await waitFor(() => witness.fragment.toString().includes('之后'));
    expect(witness.fragment.toString()).toBe(writer.fragment.toString());
    expect(witness.fragment.toString()).not.toContain('查看者写的');
    expect(writer.fragment.toString()).not.toContain('查看者写的');
    await writer.whenStored();
    raw.socket.close();

    for (const client of clients.splice(0)) client.destroy();
    await server.restart();
    const reader = connect(documentId);
    await reader.whenSynced();
    expect(reader.fragment.toString()).not.toContain('查看者写的');
    expect(reader.fragment.toString()).toContain('正文');
    expect(reader.fragment.toString()).toContain('之后');
  });

  it('lets a viewer read and reconnect without being refused for edits it never made', async () => {
    const id = await server.createDocument('只读');
    await server.addMember(id, 'viewer', 'viewer');
    const writer = connect(id);
    await writer.whenSynced();
    appendParagraph(writer.fragment, '第一段');
    appendParagraph(writer.fragment, '第二段');
    writer.fragment.delete(1, 1);
    const reader = connect(id, { cookie: viewer.cookie, hello: true });
    await waitFor(() => reader.fragment.toString() === writer.fragment.toString(), {
      message: 'the viewer to receive the document',
    });
    // Its answer to sync step 1 carries the whole delete set, which changes nothing.
    reader.provider.disconnect();
    reader.provider.connect();
    await reader.whenSynced();
    await reader.whenStored();
    expect(reader.rejections).toEqual([]);
    appendParagraph(reader.fragment, '不该出现');
    await waitFor(() => reader.rejections.length === 1, { message: 'the rejection' });
    expect(reader.rejections[0]!.reason).toBe('readOnly');
  });

  it("stops a demoted drafter's open socket from writing at once, and tells every socket", async () => {
    const id = await server.createDocument('降级');
    const drafter = await server.createUser('drafter1', { displayName: '起草人' });
    await server.addMember(id, 'drafter1', 'drafter');
    const client = connect(id, { cookie: drafter.cookie, hello: true });
    const witness = connect(id, { hello: true });
    const stock = await openRawSocket(server, id);
    await Promise.all([client.whenSynced(), witness.whenSynced()]);
    appendParagraph(client.fragment, '降级之前');
    await waitFor(() => witness.fragment.toString().includes('降级之前'));

    const demoted = await server.api(`/api/documents/${id}/members/${drafter.id}`, {
      method: 'PATCH',
      json: { role: 'viewer' },
    });
    expect(demoted.status).toBe(200);
    const change = { userId: drafter.id, displayName: '起草人', role: 'viewer' };
    await waitFor(
      () => client.membershipChanges.length === 1 && witness.membershipChanges.length === 1,
    );
    expect(client.membershipChanges[0]).toEqual(change);
    expect(witness.membershipChanges[0]).toEqual(change);

    appendParagraph(client.fragment, '降级之后');
    await waitFor(() => client.rejections.length === 1, { message: 'the rejection' });
    expect(client.rejections[0]!.reason).toBe('readOnly');
    appendParagraph(witness.fragment, '见证');
    await waitFor(() => client.fragment.toString().includes('见证'));
    expect(witness.fragment.toString()).not.toContain('降级之后');
    // A socket that never said hello gets no CoDraft message.
    expect(stock.frames.some((frame) => frame[0] === MESSAGE.membershipChanged)).toBe(false);
    stock.socket.close();
  });

  it("closes a removed member's socket and refuses it afterwards", async () => {
    const id = await server.createDocument('移除');
    const member = await server.createUser('leaver');
    await server.addMember(id, 'leaver', 'leader');
    const client = connect(id, { cookie: member.cookie, hello: true });
    await client.whenSynced();
    const removed = await server.api(`/api/documents/${id}/members/${member.id}`, {
      method: 'DELETE',
    });
    expect(removed.status).toBe(204);
    await waitFor(() => client.closes.length > 0, { message: 'the socket to close' });
    expect(client.closes[0]!.code).toBe(CLOSE.forbidden.code);
    expect(client.membershipChanges).toEqual([
      { userId: member.id, displayName: 'leaver', role: null },
    ]);
    expect(await upgradeStatus(`${server.wsUrl}/${id}`, server.credentials(member.cookie))).toBe(
      403,
    );
  });
});
