import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { MESSAGE } from '../../shared/protocol/messageTypes.ts';
import { appendParagraph } from '../helpers/appendParagraph.ts';
import { createClient, type TestClient } from '../helpers/createClient.ts';
import { createTestServer, type TestServer } from '../helpers/createTestServer.ts';
import { openRawSocket } from '../helpers/openRawSocket.ts';
import { waitFor } from '../helpers/waitFor.ts';

describe('stored messages', () => {
  let server: TestServer;
  const clients: TestClient[] = [];
  const connect = (documentId: string, options?: Parameters<typeof createClient>[2]) => {
    const client = createClient(server, documentId, options);
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    server = await createTestServer();
  });
  afterEach(() => {
    for (const client of clients.splice(0)) client.destroy();
  });
  afterAll(async () => {
    await server.close();
  });

  it('tells a client that said hello that its clean copy is stored, then each edit', async () => {
    const id = await server.createDocument('保存状态');
    const client = connect(id, { hello: true });
    await client.whenSynced();
    await client.whenStored();
    for (let index = 0; index < 5; index++) {
      appendParagraph(client.fragment, `编辑${index}`);
      await client.whenStored();
    }
  });

  it('stores what a client wrote offline once it reconnects, and says so', async () => {
    const id = await server.createDocument('离线保存');
    const client = connect(id, { hello: true });
    await client.whenSynced();
    client.provider.disconnect();
    appendParagraph(client.fragment, '离线写的');
    client.provider.connect();
    await client.whenSynced();
    await client.whenStored();
    const reader = connect(id);
    await reader.whenSynced();
    expect(reader.fragment.toString()).toContain('离线写的');
  });

  it('never sends custom messages to a socket that did not say hello', async () => {
    const id = await server.createDocument('标准客户端');
    const stock = await openRawSocket(server, id);
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE.sync);
    syncProtocol.writeSyncStep1(encoder, new Y.Doc());
    stock.socket.send(encoding.toUint8Array(encoder));

    const writer = connect(id, { hello: true });
    await writer.whenSynced();
    appendParagraph(writer.fragment, '广播');
    await writer.whenStored();
    const isUpdate = (frame: Uint8Array) => {
      const decoder = decoding.createDecoder(frame);
      return (
        decoding.readVarUint(decoder) === MESSAGE.sync &&
        decoding.readVarUint(decoder) === syncProtocol.messageYjsUpdate
      );
    };
    await waitFor(() => stock.frames.some(isUpdate), { message: 'the broadcast update' });
    const types = new Set(stock.frames.map((frame) => frame[0]));
    expect([...types].every((type) => type === MESSAGE.sync || type === MESSAGE.awareness)).toBe(
      true,
    );
    stock.socket.close();
  });
});
