import WebSocket from 'ws';

export interface RawSocket {
  socket: WebSocket;
  /** Frames received so far. */
  frames: Uint8Array[];
  /** Resolves with the close code and reason once the socket closes. */
  closed: Promise<{ code: number; reason: string }>;
}

/** A bare WebSocket on a document, for sending frames no provider would send. */
export async function openRawSocket(
  server: { wsUrl: string },
  documentId: string,
): Promise<RawSocket> {
  const socket = new WebSocket(`${server.wsUrl}/${documentId}`);
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

/** The HTTP status with which the server refuses a socket upgrade, or 101 if it accepts. */
export function upgradeStatus(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
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
