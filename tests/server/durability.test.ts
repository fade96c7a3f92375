import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CLOSE } from '../../shared/protocol/closeCodes.ts';
import { appendParagraph } from '../helpers/appendParagraph.ts';
import { createClient, type TestClient } from '../helpers/createClient.ts';
import { createTestServer, type TestServer } from '../helpers/createTestServer.ts';
import { readStoredLog } from '../helpers/readStoredLog.ts';
import { waitFor } from '../helpers/waitFor.ts';

describe('durability', () => {
  let server: TestServer | null = null;
  const clients: TestClient[] = [];
  const connect = (documentId: string, options?: Parameters<typeof createClient>[2]) => {
    const client = createClient(server!, documentId, options);
    clients.push(client);
    return client;
  };
  const disconnectAll = () => {
    for (const client of clients.splice(0)) client.destroy();
  };

  afterEach(async () => {
    disconnectAll();
    await server?.close();
    server = null;
  });

  it('keeps 20 of 20 edits acknowledged right before a SIGKILL', { timeout: 180_000 }, async () => {
    server = await createTestServer();
    const id = await server.createDocument('断电');
    let survived = 0;
    for (let round = 0; round < 20; round++) {
      const edit = `第${round}次编辑`;
      // Even rounds: acknowledged by `stored`; odd rounds: by the broadcast to an observer.
      const writer = connect(id, { hello: true });
      const observer = round % 2 === 1 ? connect(id) : null;
      await Promise.all([writer.whenSynced(), observer?.whenSynced()]);
      appendParagraph(writer.fragment, edit);
      if (observer) {
        await waitFor(() => observer.fragment.toString().includes(edit), {
          timeoutMs: 5_000,
          intervalMs: 1,
          message: 'the edit to be relayed',
        });
      } else {
        await writer.whenStored();
      }
      await server.kill('SIGKILL');
      disconnectAll();
      await server.restart();
      const reader = connect(id);
      await reader.whenSynced();
      if (reader.fragment.toString().includes(edit)) survived++;
      disconnectAll();
    }
    expect(survived).toBe(20);
    const reader = connect(id);
    await reader.whenSynced();
    for (let round = 0; round < 20; round++) {
      expect(reader.fragment.toString()).toContain(`第${round}次编辑`);
    }
  });

  it('closes sockets with 1001 on SIGTERM and keeps what they wrote', async () => {
    server = await createTestServer();
    const id = await server.createDocument('优雅退出');
    const writer = connect(id);
    await writer.whenSynced();
    appendParagraph(writer.fragment, '关机前');
    const observer = connect(id);
    await waitFor(() => observer.fragment.toString().includes('关机前'));
    await server.kill('SIGTERM');
    await waitFor(() => writer.closes.length > 0, { message: 'the close event' });
    expect(writer.closes[0]!.code).toBe(CLOSE.goingAway.code);
    // Shut down to the end: the database closed, folding its write-ahead log in.
    await waitFor(() => server!.logs.includes('"message":"stopped"'), {
      message: 'the server to log that it stopped',
    });
    expect(fs.existsSync(path.join(server.dataDir, 'codraft.sqlite-wal'))).toBe(false);
    disconnectAll();
    await server.restart();
    const reader = connect(id);
    await reader.whenSynced();
    expect(reader.fragment.toString()).toContain('关机前');
  });

  it('lets providers reconnect by themselves after a restart', async () => {
    server = await createTestServer();
    const id = await server.createDocument('自动重连');
    const alice = connect(id);
    const bob = connect(id);
    await Promise.all([alice.whenSynced(), bob.whenSynced()]);
    await server.restart();
    appendParagraph(alice.fragment, '重连之后');
    await waitFor(() => bob.fragment.toString().includes('重连之后'), {
      timeoutMs: 15_000,
      message: 'bob to receive the edit after both reconnected',
    });
  });

  it('compacts the log in the background and on unload without losing content', async () => {
    server = await createTestServer({
      env: { COMPACT_AFTER_UPDATES: '5', UNLOAD_DELAY_MS: '300', STORED_NOTIFY_INTERVAL_MS: '0' },
    });
    const id = await server.createDocument('压缩');
    const writer = connect(id, { hello: true });
    await writer.whenSynced();
    for (let index = 0; index < 23; index++) {
      appendParagraph(writer.fragment, `段落${index}`);
      await writer.whenStored();
    }
    await waitFor(() => readStoredLog(server!.dataDir, id).updates < 5, {
      message: 'the log to be compacted below the threshold',
    });
    const expected = writer.fragment.toString();
    disconnectAll();
    await waitFor(() => readStoredLog(server!.dataDir, id).updates === 0, {
      message: 'the log to be compacted on unload',
    });
    expect(readStoredLog(server.dataDir, id).hasState).toBe(true);
    await server.restart();
    const reader = connect(id);
    await reader.whenSynced();
    expect(reader.fragment.toString()).toBe(expected);
  });

  it('unloads a document after its last client leaves and loads it again', async () => {
    server = await createTestServer({ env: { UNLOAD_DELAY_MS: '200' } });
    const health = async () =>
      (await (await fetch(`${server!.httpUrl}/api/health`)).json()) as {
        loadedDocuments: number;
        connections: number;
      };
    const id = await server.createDocument('卸载');
    const writer = connect(id);
    await writer.whenSynced();
    appendParagraph(writer.fragment, '卸载之前');
    const observer = connect(id);
    await waitFor(() => observer.fragment.toString().includes('卸载之前'));
    expect(await health()).toEqual({ status: 'ok', loadedDocuments: 1, connections: 2 });

    writer.destroy();
    await waitFor(async () => (await health()).connections === 1);
    expect((await health()).loadedDocuments).toBe(1);
    disconnectAll();
    await waitFor(async () => (await health()).loadedDocuments === 0, {
      message: 'the document to unload',
    });

    const reader = connect(id);
    await reader.whenSynced();
    expect(reader.fragment.toString()).toContain('卸载之前');
    expect((await health()).loadedDocuments).toBe(1);
  });
});
