import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendParagraph } from '../helpers/appendParagraph.ts';
import { createClient } from '../helpers/createClient.ts';
import { createTestServer, type TestServer } from '../helpers/createTestServer.ts';
import { REFUSED_TEXT } from '../helpers/refuseMarkedText.ts';
import { waitFor } from '../helpers/waitFor.ts';
const entry = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../helpers/refusingServerMain.ts',
);

describe('beforeApplyUpdate hooks', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await createTestServer({ entry });
  });
  afterAll(async () => {
    await server.close();
  });

  it('leaves the document unchanged for everyone when a hook refuses an update', async () => {
    const id = await server.createDocument('钩子');
    const alice = createClient(server, id, { hello: true });
    const bob = createClient(server, id);
    await Promise.all([alice.whenSynced(), bob.whenSynced()]);
    appendParagraph(alice.fragment, '允许的内容');
    await waitFor(() => bob.fragment.toString().includes('允许的内容'));

    appendParagraph(alice.fragment, `${REFUSED_TEXT}的内容`);
    await waitFor(() => alice.rejections.length === 1, { message: 'alice to be told' });
    expect(alice.rejections[0]).toEqual({
      reason: 'invalid',
      message: { zh: '测试钩子拒绝了此修改', en: 'Refused by the test hook' },
    });

    appendParagraph(bob.fragment, '之后的修改');
    const witness = createClient(server, id);
    await witness.whenSynced();
    await waitFor(() => witness.fragment.toString().includes('之后的修改'));
    for (const client of [bob, witness]) {
      expect(client.fragment.toString()).not.toContain(REFUSED_TEXT);
      expect(client.fragment.length).toBe(3);
    }

    for (const client of [alice, bob, witness]) client.destroy();
    await server.restart();
    const reader = createClient(server, id);
    await reader.whenSynced();
    expect(reader.fragment.toString()).not.toContain(REFUSED_TEXT);
    expect(reader.fragment.toString()).toContain('之后的修改');
    reader.destroy();
  });

  it('refuses a sync step 2 carrying refused content from a client that was offline', async () => {
    const id = await server.createDocument('离线');
    const offline = createClient(server, id, { hello: true });
    await offline.whenSynced();
    offline.provider.disconnect();
    appendParagraph(offline.fragment, `离线时写的${REFUSED_TEXT}`);
    offline.provider.connect();
    await waitFor(() => offline.rejections.length === 1, { message: 'the rejection' });
    const reader = createClient(server, id);
    await reader.whenSynced();
    expect(reader.fragment.toString()).not.toContain(REFUSED_TEXT);
    offline.destroy();
    reader.destroy();
  });
});
