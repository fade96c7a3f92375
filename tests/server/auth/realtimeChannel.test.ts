import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOSE } from '../../../shared/protocol/closeCodes.ts';
import { MESSAGE } from '../../../shared/protocol/messageTypes.ts';
import { REQUEST_ERROR } from '../../../shared/protocol/realtimeRequests.ts';
import { createClient } from '../../helpers/createClient.ts';
import { createTestServer, type TestServer } from '../../helpers/createTestServer.ts';
import { openRawSocket } from '../../helpers/openRawSocket.ts';

describe('realtime requests', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await createTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it('answers ping and whoami, and unknown kinds with ok: false', async () => {
    const id = await server.createDocument('请求');
    const user = await server.createUser('qian', { displayName: '钱' });
    await server.addMember(id, 'qian', 'leader');
    const client = createClient(server, id, { cookie: user.cookie });
    await client.whenSynced();

    const ping = await client.request('ping');
    expect(ping).toMatchObject({ ok: true, result: { at: expect.any(String) } });
    expect(await client.request('whoami')).toEqual({
      requestId: 2,
      ok: true,
      result: {
        userId: user.id,
        username: 'qian',
        displayName: '钱',
        color: user.color,
        role: 'leader',
      },
    });
    const unknown = await client.request('launchRockets', { count: 3 });
    expect(unknown).toMatchObject({
      requestId: 3,
      ok: false,
      error: { code: REQUEST_ERROR.unknownKind },
    });
    // The socket stays usable.
    expect((await client.request('ping')).ok).toBe(true);
    client.destroy();
  });

  it('closes a socket that sends a malformed request', async () => {
    const id = await server.createDocument('坏请求');
    const raw = await openRawSocket(server, id);
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE.request);
    encoding.writeVarString(encoder, JSON.stringify({ requestId: -1, kind: '' }));
    raw.socket.send(encoding.toUint8Array(encoder));
    expect((await raw.closed).code).toBe(CLOSE.malformedFrame.code);
  });
});
