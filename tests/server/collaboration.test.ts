import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readReportFromFragment } from '../../shared/schema/readReportFromFragment.ts';
import { appendParagraph } from '../helpers/appendParagraph.ts';
import { createClient, type TestClient } from '../helpers/createClient.ts';
import { createTestServer, type TestServer } from '../helpers/createTestServer.ts';
import { waitFor } from '../helpers/waitFor.ts';

describe('collaboration socket', () => {
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

  it('shows a new document with its title to the first client', async () => {
    const id = await server.createDocument('市教体局2024年度工作报告');
    const client = connect(id);
    await client.whenSynced();
    expect(readReportFromFragment(client.fragment).title).toBe('市教体局2024年度工作报告');
  });

  it('makes two clients converge after concurrent edits', async () => {
    const id = await server.createDocument('并发');
    const alice = connect(id);
    const bob = connect(id);
    await Promise.all([alice.whenSynced(), bob.whenSynced()]);
    for (let index = 0; index < 20; index++) {
      appendParagraph(alice.fragment, `甲${index}`);
      appendParagraph(bob.fragment, `乙${index}`);
    }
    await waitFor(() => alice.fragment.length === 41 && bob.fragment.length === 41, {
      message: 'both clients to hold 40 paragraphs and the title',
    });
    expect(alice.fragment.toString()).toBe(bob.fragment.toString());
    const lead = readReportFromFragment(alice.fragment).lead.map((block) =>
      block.type === 'paragraph' ? block.text : '',
    );
    expect(lead.filter((text) => text.startsWith('甲'))).toHaveLength(20);
    expect(lead.filter((text) => text.startsWith('乙'))).toHaveLength(20);
  });

  it('gives a late joiner the whole document', async () => {
    const id = await server.createDocument('后来者');
    const writer = connect(id);
    await writer.whenSynced();
    for (let index = 0; index < 50; index++) appendParagraph(writer.fragment, `第${index}段`);
    const witness = connect(id);
    await waitFor(() => witness.fragment.length === 51, { message: 'witness to see all edits' });
    const late = connect(id);
    await late.whenSynced();
    // Synced is only signalled after the server's sync step 2, so the content is already there.
    expect(late.fragment.toString()).toBe(writer.fragment.toString());
  });

  it('keeps the content across a restart', async () => {
    const id = await server.createDocument('重启');
    const writer = connect(id, { hello: true });
    await writer.whenSynced();
    appendParagraph(writer.fragment, '重启之前写的');
    await writer.whenStored();
    const before = writer.fragment.toString();
    writer.destroy();
    await server.restart();
    const reader = connect(id);
    await reader.whenSynced();
    expect(reader.fragment.toString()).toBe(before);
  });

  it('relays awareness between clients', async () => {
    const id = await server.createDocument('光标');
    const user = await server.createUser('zhangsan', { displayName: '张三' });
    await server.addMember(id, user.username, 'drafter');
    const alice = connect(id, { cookie: user.cookie });
    const bob = connect(id);
    await Promise.all([alice.whenSynced(), bob.whenSynced()]);
    alice.provider.awareness.setLocalStateField('user', { name: '张三' });
    await waitFor(
      () =>
        [...bob.provider.awareness.getStates().values()].some(
          (state) => (state.user as { name?: string } | undefined)?.name === '张三',
        ),
      { message: "bob to see alice's awareness" },
    );

    // A renewal (the same state sent again) still reaches others, so it never times out there.
    const aliceId = alice.provider.awareness.clientID;
    const clockAtBob = () => bob.provider.awareness.meta.get(aliceId)?.clock ?? -1;
    const before = clockAtBob();
    alice.provider.awareness.setLocalState(alice.provider.awareness.getLocalState());
    await waitFor(() => clockAtBob() > before, {
      timeoutMs: 20_000,
      message: "alice's renewal to reach bob",
    });

    alice.destroy();
    await waitFor(
      () => ![...bob.provider.awareness.getStates().values()].some((state) => state.user),
      { message: "alice's awareness to be removed when she leaves" },
    );
  });
});
