import type { WebSocket } from 'ws';
import type { EventEmitter } from 'node:events';
import { CLOSE, type CloseKind } from '../../shared/protocol/closeCodes.ts';
import { MAX_FRAME_BYTES } from '../../shared/protocol/messageTypes.ts';
import type { Logger } from '../logging/Logger.ts';
import type { ConnectionIdentity } from './ConnectionIdentity.ts';
import { MalformedFrameError } from './MalformedFrameError.ts';

export type FrameHandler = (connection: Connection, frame: Uint8Array) => void | Promise<void>;

let nextConnectionId = 1;

/**
 * One collaboration socket. Frames are handled one at a time, in the order they arrived; a
 * frame whose handling is asynchronous holds back the ones after it.
 */
export class Connection {
  readonly id = nextConnectionId++;
  readonly documentId: string;
  /** The user and role the socket was authenticated as on its upgrade. */
  readonly identity: ConnectionIdentity;
  /** Set once the socket sent `hello`; only such sockets receive custom messages. */
  saidHello = false;
  /** Whether the server has asked this socket for its state (sync step 1). */
  sentSyncStep1 = false;
  /** Awareness client ids this socket speaks for, removed when it closes. */
  readonly awarenessClients = new Set<number>();
  alive = true;

  readonly #socket: WebSocket;
  readonly #handleFrame: FrameHandler;
  readonly #logger: Logger;
  readonly #queue: Uint8Array[] = [];
  readonly #closeListeners: Array<() => void> = [];
  #busy = false;
  #closed = false;

  constructor(
    socket: WebSocket,
    documentId: string,
    identity: ConnectionIdentity,
    handleFrame: FrameHandler,
    logger: Logger,
  ) {
    this.#socket = socket;
    this.documentId = documentId;
    this.identity = identity;
    this.#handleFrame = handleFrame;
    this.#logger = logger;
    this.#watchOversizedFrames();
    socket.on('message', (data, isBinary) => this.#receive(data, isBinary));
    socket.on('pong', () => {
      this.alive = true;
    });
    socket.on('error', (error) => {
      this.#logger.warn('socket error', { ...this.#context(), error });
    });
    socket.on('close', () => this.#handleClosed());
  }

  get isOpen(): boolean {
    return !this.#closed && this.#socket.readyState === this.#socket.OPEN;
  }

  send(message: Uint8Array): void {
    if (this.isOpen) this.#socket.send(message, { binary: true });
  }

  close(kind: CloseKind): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#queue.length = 0;
    const { code, reason } = CLOSE[kind];
    this.#socket.close(code, reason);
  }

  /** Drops a socket that stopped answering pings. */
  terminate(): void {
    this.#closed = true;
    this.#socket.terminate();
  }

  ping(): void {
    if (this.isOpen) this.#socket.ping();
  }

  onClose(listener: () => void): void {
    this.#closeListeners.push(listener);
  }

  /**
   * ws answers a frame above maxPayload with close code 1009 before it reports the error;
   * closing first from the receiver's own error event puts our documented code on the wire.
   */
  #watchOversizedFrames(): void {
    const receiver = (this.#socket as unknown as { _receiver?: EventEmitter })._receiver;
    receiver?.prependListener('error', (error: Error & { code?: string }) => {
      const tooLarge = error.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH';
      this.#logger.warn(tooLarge ? 'frame too large' : 'invalid websocket frame', {
        ...this.#context(),
        error,
      });
      this.close(tooLarge ? 'frameTooLarge' : 'malformedFrame');
    });
  }

  #receive(data: Buffer | ArrayBuffer | Buffer[], isBinary: boolean): void {
    if (this.#closed) return;
    const frame = toBytes(data);
    if (frame.byteLength > MAX_FRAME_BYTES) {
      this.#logger.warn('frame too large', { ...this.#context(), bytes: frame.byteLength });
      this.close('frameTooLarge');
      return;
    }
    if (!isBinary) {
      this.#fail(new MalformedFrameError('text frame'), frame);
      return;
    }
    this.#queue.push(frame);
    if (!this.#busy) this.#drain();
  }

  #drain(): void {
    while (this.#queue.length > 0 && !this.#closed) {
      const frame = this.#queue.shift()!;
      let result: void | Promise<void>;
      try {
        result = this.#handleFrame(this, frame);
      } catch (error: unknown) {
        this.#fail(error, frame);
        return;
      }
      if (result instanceof Promise) {
        this.#busy = true;
        result.then(
          () => {
            this.#busy = false;
            this.#drain();
          },
          (error: unknown) => {
            this.#busy = false;
            this.#fail(error, frame);
          },
        );
        return;
      }
    }
  }

  #fail(error: unknown, frame: Uint8Array): void {
    const context = {
      ...this.#context(),
      messageType: frame[0],
      bytes: frame.byteLength,
      head: Buffer.from(frame.subarray(0, 16)).toString('hex'),
      error,
    };
    if (error instanceof MalformedFrameError) {
      this.#logger.warn('malformed frame', context);
      this.close('malformedFrame');
    } else {
      this.#logger.error('failed to handle frame', context);
      this.close('internalError');
    }
  }

  #handleClosed(): void {
    this.#closed = true;
    this.#queue.length = 0;
    for (const listener of this.#closeListeners.splice(0)) {
      try {
        listener();
      } catch (error: unknown) {
        this.#logger.error('close listener failed', { ...this.#context(), error });
      }
    }
  }

  #context(): Record<string, unknown> {
    return { connection: this.id, documentId: this.documentId, userId: this.identity.userId };
  }
}

/**
 * ws hands out views into larger socket buffers, and lib0 decoders bound their reads by the
 * underlying ArrayBuffer: a frame gets its own buffer so a lying length cannot read past it.
 */
function toBytes(data: Buffer | ArrayBuffer | Buffer[]): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  const ownsBuffer = data.byteOffset === 0 && data.byteLength === data.buffer.byteLength;
  return ownsBuffer ? new Uint8Array(data.buffer) : new Uint8Array(data);
}
