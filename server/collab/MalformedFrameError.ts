/** A frame the server cannot make sense of; its socket is closed with CLOSE.malformedFrame. */
export class MalformedFrameError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'MalformedFrameError';
  }

  /** Runs a decoding step and turns whatever it throws into a MalformedFrameError. */
  static wrap<T>(what: string, decode: () => T): T {
    try {
      return decode();
    } catch (error: unknown) {
      if (error instanceof MalformedFrameError) throw error;
      throw new MalformedFrameError(`bad ${what}`, { cause: error });
    }
  }
}
