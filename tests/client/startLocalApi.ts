import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { vi } from 'vitest';

export interface ApiAnswer {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type ApiRoute = (request: {
  body: unknown;
  params: string[];
}) => ApiAnswer | Promise<ApiAnswer>;

export interface LocalApi {
  readonly url: string;
  readonly calls: string[];
  close(): Promise<void>;
}

/**
 * A real HTTP server on a free local port answering the routes given as `'METHOD /path'` (a
 * `:param` matches one segment), and `fetch` pointed at it so the client's relative `/api/...`
 * URLs reach it. Unknown routes answer 404 with the API's error body.
 */
export async function startLocalApi(routes: Record<string, ApiRoute>): Promise<LocalApi> {
  const calls: string[] = [];
  const table = Object.entries(routes).map(([key, route]) => {
    const [method, path] = key.split(' ') as [string, string];
    const pattern = new RegExp(`^${path.replace(/:[a-zA-Z]+/g, '([^/]+)')}$`);
    return { method, pattern, route };
  });

  const server = http.createServer((request, response) => {
    let raw = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (raw += chunk));
    request.on('end', async () => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      calls.push(`${request.method} ${url.pathname}${url.search}`);
      const entry = table
        .map((candidate) => ({ ...candidate, match: candidate.pattern.exec(url.pathname) }))
        .find((candidate) => candidate.method === request.method && candidate.match);
      const answer: ApiAnswer = entry
        ? await entry.route({
            body: raw ? (JSON.parse(raw) as unknown) : undefined,
            params: entry.match!.slice(1).map(decodeURIComponent),
          })
        : { status: 404, body: { error: { code: 'not_found', message: 'no route' } } };
      const status = answer.status ?? 200;
      response.writeHead(status, { 'content-type': 'application/json', ...answer.headers });
      response.end(answer.body === undefined ? '' : JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const realFetch = globalThis.fetch;
  vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) =>
    realFetch(new URL(String(input), url), init),
  );

  return {
    url,
    calls,
    close: async () => {
      vi.unstubAllGlobals();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export const apiError = (status: number, code: string, message: string): ApiAnswer => ({
  status,
  body: { error: { code, message } },
});
