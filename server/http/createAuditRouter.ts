import { Router } from 'express';
import { auditQuerySchema, type AuditPage } from '../../shared/auth/authApi.ts';
import type { AuditStore } from '../storage/AuditStore.ts';
import { parseBody } from './parseBody.ts';

/** `GET /api/audit?before=&limit=`: the audit log, newest first, for administrators. */
export function createAuditRouter(audit: AuditStore): Router {
  const router = Router();

  router.get('/', async (request, response) => {
    const query = parseBody(auditQuerySchema, request.query, 'query');
    const entries = await audit.list(query);
    const page: AuditPage = {
      entries,
      nextBefore: entries.length === query.limit ? entries[entries.length - 1]!.id : null,
    };
    response.json(page);
  });

  return router;
}
