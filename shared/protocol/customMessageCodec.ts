import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { z } from 'zod';

/** Encodes a custom message: varUint type, then the payload as a JSON varString. */
export function encodeCustomMessage(type: number, payload: unknown): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  encoding.writeVarString(encoder, JSON.stringify(payload));
  return encoding.toUint8Array(encoder);
}

/**
 * Reads and validates the JSON payload that follows the type in a custom message.
 * Throws on malformed JSON or a payload that does not match the schema.
 */
export function decodeCustomPayload<T>(decoder: decoding.Decoder, schema: z.ZodType<T>): T {
  return schema.parse(JSON.parse(decoding.readVarString(decoder)));
}
