import { afterEach, describe, expect, it } from 'vitest';
import type { VersionSummary } from '../../../shared/versions/versionApi.ts';
import { appendParagraph } from '../../helpers/appendParagraph.ts';
import { createClient } from '../../helpers/createClient.ts';
import { createTestServer, type TestServer } from '../../helpers/createTestServer.ts';
import { waitFor } from '../../helpers/waitFor.ts';
import { listVersions, readVersion } from './versionFixture.ts';

describe('automatic versions', () => {
  let server: TestServer | null = null;

  afterEach(async () => {
    await server?.close();
    server = null;
  });

  async function edit(target: TestServer, id: string, text: string): Promise<void> {
    const client = createClient(target, id, { hello: true });
    try {
      await client.whenSynced();
      appendParagraph(client.fragment, text);
      await client.whenStored();
    } finally {
      client.destroy();
    }
  }

  async function autoVersions(target: TestServer, id: string): Promise<VersionSummary[]> {
    return (await listVersions(target, id)).filter((version) => version.kind === 'auto');
  }

  it('are kept after a pause in editing, holding the edit', async () => {
    server = await createTestServer({ env: { VERSION_PAUSE_MS: '300' } });
    const target = server;
    const id = await target.createDocument('自动版本测试');
    await edit(target, id, '第一段新写的内容。');
    await waitFor(async () => (await autoVersions(target, id)).length === 1, {
      message: 'an automatic version',
    });
    const [auto] = await autoVersions(target, id);
    expect(auto).toMatchObject({ authorId: null, frozen: false });
    const detail = await readVersion(target, id, auto!.id);
    expect(JSON.stringify(detail.report)).toContain('第一段新写的内容。');

    await edit(target, id, '第二段。');
    await waitFor(async () => (await autoVersions(target, id)).length === 2, {
      message: 'a second automatic version',
    });
    const [newest] = await autoVersions(target, id);
    expect(JSON.stringify((await readVersion(target, id, newest!.id)).report)).toContain(
      '第二段。',
    );
  });

  it('are kept when an edited report leaves memory before the pause ends', async () => {
    server = await createTestServer({ env: { UNLOAD_DELAY_MS: '100' } });
    const target = server;
    const id = await target.createDocument('卸载前保存');
    await edit(target, id, '离开前写的。');
    await waitFor(async () => (await autoVersions(target, id)).length === 1, {
      message: 'an automatic version on unload',
    });
    const [auto] = await autoVersions(target, id);
    expect(JSON.stringify((await readVersion(target, id, auto!.id)).report)).toContain(
      '离开前写的。',
    );
  });
});
