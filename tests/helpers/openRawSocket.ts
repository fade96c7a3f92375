import WebSocket from 'ws';
import { socketHeaders, type ClientTarget } from './createClient.ts';

export interface RawSocket {
  socket: WebSocket;
  /** Frames received so far. */
  frames: Uint8Array[];
  /** Resolves with the close code and reason once the socket closes. */
  closed: Promise<{ code: number; reason: string }>;
}

/**
 * A bare WebSocket on a document, for sending frames no provider would send; `Cookie` and
 * `Origin` default to the server's administrator session and its own origin.
 */
export async function openRawSocket(
  server: ClientTarget,
  documentId: string,
  credentials: { cookie?: string | null; origin?: string | null } = {},
): Promise<RawSocket> {
  const socket = new WebSocket(`${server.wsUrl}/${documentId}`, {
    headers: socketHeaders(server, credentials),
  });
  const frames: Uint8Array[] = [];
  socket.on('message', (data: Buffer) => frames.push(new Uint8Array(data)));
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() }));
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  socket.on('error', () => {});
  return { socket, frames, closed };
}

/**
 * The HTTP status with which the server refuses a socket upgrade, or 101 if it accepts; sent
 * without `Cookie` and `Origin` unless given.
 */
export function upgradeStatus(
  url: string,
  credentials: { cookie?: string | null; origin?: string | null } = {},
): Promise<number> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = {};
    if (credentials.cookie) headers.cookie = credentials.cookie;
    if (credentials.origin) headers.origin = credentials.origin;
    const socket = new WebSocket(url, { headers });
    socket.on('unexpected-response', (_request, response) => {
      resolve(response.statusCode ?? 0);
      response.resume();
      socket.terminate();
    });
    socket.on('open', () => {
      resolve(101);
      socket.close();
    });
    socket.on('error', (error) => reject(error));
  });
}
