import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditPage } from '../../../shared/auth/authApi.ts';
import { createTestServer, type TestServer } from '../../helpers/createTestServer.ts';
import { findSection, sectionText } from '../../helpers/findSection.ts';
import { createReport, createTeam, openAs } from '../locks/lockFixture.ts';
import { createVersion, expectJson, liveContent, versionsPath } from './versionFixture.ts';

const ENTRY = fileURLToPath(new URL('./failingStoreServerMain.ts', import.meta.url));
// Kept here rather than imported: importing the entry would start a server in the test process.
const FAIL_STORE_FLAG = 'fail-store';

describe('a restore that could not be stored', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await createTestServer({ entry: ENTRY, env: { STORE_RETRY_DELAY_MS: '60000' } });
  });
  afterAll(async () => {
    fs.rmSync(path.join(server.dataDir, FAIL_STORE_FLAG), { force: true });
    await server.close();
  });

  it('answers 503 and is recorded as not stored, then a repeat stores it', async () => {
    const team = await createTeam(server);
    const { id, sections } = await createReport(server, team);
    const version = await createVersion(server, id, '初稿');
    const zhang = await openAs(server, id, team.zhang);
    try {
      sectionText(findSection(zhang.fragment, sections.a1), 0).insert(0, '改动。');
      await zhang.whenStored();
    } finally {
      zhang.destroy();
    }

    const flag = path.join(server.dataDir, FAIL_STORE_FLAG);
    fs.writeFileSync(flag, '');
    const restore = () =>
      server.api(versionsPath(id, `/${version.id}/restore`), { method: 'POST' });
    const refused = await restore();
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    const body = (await refused.json()) as { error: { message: string } };
    expect(body.error.message).toBe('已恢复但尚未保存，请稍后重试。');

    const audit = await expectJson<AuditPage>(await server.api('/api/audit?limit=20'));
    const entry = audit.entries.find(
      (candidate) => candidate.action === 'version.restore' && candidate.target === id,
    );
    expect(entry?.detail).toMatchObject({ versionId: version.id, stored: false });

    fs.rmSync(flag);
    const repeated = await restore();
    expect(repeated.status).toBe(200);
    expect((await liveContent(server, id)).xml).not.toContain('改动。');
  });
});
