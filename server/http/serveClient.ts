import fs from 'node:fs';
import path from 'node:path';
import express, { Router } from 'express';

const NOT_BUILT =
  'The CoDraft client is not built. Run `npm run build` (or `npm start`, which builds it) and reload.\n';

/** The built client from `clientDir`, with index.html for every other GET (client routes). */
export function serveClient(clientDir: string): Router {
  const router = Router();
  const indexFile = path.join(clientDir, 'index.html');
  router.use(express.static(clientDir, { index: false, fallthrough: true }));
  router.get('/{*path}', (_request, response) => {
    if (!fs.existsSync(indexFile)) {
      response.status(503).type('text/plain; charset=utf-8').send(NOT_BUILT);
      return;
    }
    response.sendFile(indexFile);
  });
  return router;
}
