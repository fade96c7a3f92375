import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../server/config/loadConfig.ts';
import { Logger } from '../../../server/logging/Logger.ts';
import { startServer } from '../../../server/startServer.ts';
import {
  createTestServer,
  type TestServer,
  type TestUser,
} from '../../helpers/createTestServer.ts';
import { listRoutes } from '../../helpers/listRoutes.ts';

/**
 * Who may call each API route. `public`: anyone; `user`: any logged-in user; `admin`:
 * administrators; `reader`: any member of the report; `editor`: members whose role edits;
 * `owner`: the report's owner (and administrators).
 */
type Access = 'public' | 'user' | 'admin' | 'reader' | 'editor' | 'owner';

// Every route the server registers must be here: a new route fails this test until someone
// has decided who may call it, and the test below then checks the server enforces it.
const ACCESS: Record<string, Access> = {
  'GET /api/health': 'public',
  'GET /api/setup': 'public',
  'POST /api/setup': 'public',
  'POST /api/session': 'public',
  'DELETE /api/session': 'public',
  'GET /api/me': 'user',
  'POST /api/me/password': 'user',
  'GET /api/sessions': 'user',
  'DELETE /api/sessions/:sessionId': 'user',
  'GET /api/users': 'admin',
  'POST /api/users': 'admin',
  'PATCH /api/users/:userId': 'admin',
  'GET /api/audit': 'admin',
  'GET /api/documents': 'user',
  'POST /api/documents': 'user',
  'POST /api/documents/import': 'user',
  'GET /api/documents/:id': 'reader',
  'PATCH /api/documents/:id': 'owner',
  'DELETE /api/documents/:id': 'owner',
  'GET /api/documents/:id/check': 'reader',
  'GET /api/documents/:id/outline': 'reader',
  'GET /api/documents/:id/comments': 'reader',
  'GET /api/documents/:id/members': 'reader',
  'POST /api/documents/:id/members': 'owner',
  'PATCH /api/documents/:id/members/:userId': 'owner',
  'DELETE /api/documents/:id/members/:userId': 'owner',
  'GET /api/documents/:id/versions': 'reader',
  'POST /api/documents/:id/versions': 'editor',
  'GET /api/documents/:id/versions/compare': 'reader',
  'GET /api/documents/:id/versions/:versionId': 'reader',
  'PATCH /api/documents/:id/versions/:versionId': 'editor',
  'DELETE /api/documents/:id/versions/:versionId': 'editor',
  'POST /api/documents/:id/versions/:versionId/restore': 'owner',
  'GET /api/documents/:id/versions/:versionId/export': 'reader',
  'GET /api/documents/:id/review': 'reader',
  'POST /api/documents/:id/review/request': 'editor',
  // Leaders and owners; that drafters are refused is in tests/server/versions.
  'POST /api/documents/:id/review/return': 'editor',
  'POST /api/documents/:id/review/approve': 'editor',
};

/** The routes of the real app, built in this process on a scratch data directory. */
async function registeredApiRoutes(): Promise<string[]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'codraft-routes-'));
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir });
  const running = await startServer(config, new Logger('silent'));
  try {
    return listRoutes(running.app).filter((route) => route.split(' ')[1]!.startsWith('/api/'));
  } finally {
    await running.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

const routes = await registeredApiRoutes();

describe('access to every API route', () => {
  let server: TestServer;
  let documentId: string;
  let outsider: TestUser;
  let viewer: TestUser;
  let leader: TestUser;

  beforeAll(async () => {
    server = await createTestServer();
    documentId = await server.createDocument('权限表');
    outsider = await server.createUser('outsider');
    viewer = await server.createUser('viewer');
    leader = await server.createUser('leader');
    await server.addMember(documentId, 'viewer', 'viewer');
    await server.addMember(documentId, 'leader', 'leader');
  });
  afterAll(async () => {
    await server.close();
  });

  it('knows who may call each registered route', () => {
    expect(routes.length).toBeGreaterThan(15);
    const undecided = routes.filter((route) => !(route in ACCESS));
    expect(undecided, 'add these routes to ACCESS with who may call them').toEqual([]);
  });

  const call = (route: string, cookie: string | null) => {
    const [method, pattern] = route.split(' ') as [string, string];
    const url = pattern.replace(/:(\w+)/g, (_match, name: string) => {
      const values: Record<string, string> = {
        id: documentId,
        userId: viewer.id,
        sessionId: 'notASession',
        versionId: 'AAAAAAAAAAAAAAAA',
      };
      if (!values[name]) throw new Error(`No test value for :${name} in ${route}`);
      return values[name];
    });
    const body = method === 'GET' ? {} : { json: {} };
    return server.api(url, { method, ...body }, cookie);
  };
  const refused = (status: number) => status === 401 || status === 403;

  it.each(routes)('%s refuses whom it must', async (route) => {
    const access = ACCESS[route];
    if (!access) return;
    const anonymous = (await call(route, null)).status;
    if (access === 'public') {
      expect(refused(anonymous)).toBe(false);
      return;
    }
    expect(anonymous).toBe(401);
    const asOutsider = (await call(route, outsider.cookie)).status;
    if (access === 'user') {
      expect(refused(asOutsider)).toBe(false);
      return;
    }
    expect(asOutsider).toBe(403);
    if (access === 'admin') {
      expect((await call(route, leader.cookie)).status).toBe(403);
      return;
    }
    const asViewer = (await call(route, viewer.cookie)).status;
    if (access === 'reader') {
      expect(refused(asViewer)).toBe(false);
      return;
    }
    expect(asViewer).toBe(403);
    const asLeader = (await call(route, leader.cookie)).status;
    if (access === 'editor') expect(refused(asLeader)).toBe(false);
    else expect(asLeader).toBe(403);
  });
});
