import WebSocket from 'ws';

export interface HeapFigures {
  rssBytes: number;
  heapUsedBytes: number;
  externalBytes: number;
}

/**
 * The server's V8 inspector (`--inspect=127.0.0.1:0`), used only by the memory bench to run a
 * full garbage collection before reading memory, so that figures show what is retained rather
 * than when V8 last collected.
 */
export class ServerInspector {
  readonly #url: string;

  constructor(url: string) {
    this.#url = url;
  }

  /** Collects garbage, then reads `process.memoryUsage()` inside the server. */
  async collectAndMeasure(): Promise<HeapFigures> {
    const socket = new WebSocket(this.#url);
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    try {
      let nextId = 1;
      const call = (method: string, params: Record<string, unknown> = {}) =>
        new Promise<Record<string, unknown>>((resolve, reject) => {
          const id = nextId++;
          const listener = (data: WebSocket.RawData) => {
            const message = JSON.parse(String(data)) as {
              id?: number;
              result?: Record<string, unknown>;
              error?: { message: string };
            };
            if (message.id !== id) return;
            socket.off('message', listener);
            if (message.error) reject(new Error(`${method}: ${message.error.message}`));
            else resolve(message.result ?? {});
          };
          socket.on('message', listener);
          socket.send(JSON.stringify({ id, method, params }));
        });
      await call('HeapProfiler.collectGarbage');
      await call('HeapProfiler.collectGarbage');
      const evaluated = await call('Runtime.evaluate', {
        expression: 'JSON.stringify(process.memoryUsage())',
        returnByValue: true,
      });
      const usage = JSON.parse((evaluated.result as { value: string }).value) as NodeJS.MemoryUsage;
      return { rssBytes: usage.rss, heapUsedBytes: usage.heapUsed, externalBytes: usage.external };
    } finally {
      socket.close();
    }
  }
}
