import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/** One client's state in a y-protocols awareness update; `state` null removes the client. */
export interface AwarenessEntry {
  clientId: number;
  clock: number;
  state: unknown;
}

const NULL_STATE = new TextEncoder().encode('null');
const utf8 = new TextDecoder();

function isNullState(bytes: Uint8Array): boolean {
  return (
    bytes.length === NULL_STATE.length && bytes.every((byte, index) => byte === NULL_STATE[index])
  );
}

/**
 * Reads an awareness update as y-protocols writes it: count, then id, clock and JSON per client.
 * Entries for which `isStale(clientId, clock)` holds are skipped without parsing their JSON, unless
 * they remove the client (state null): applying them would change nothing. Stock providers echo
 * every state they receive, so most incoming entries are such echoes.
 */
export function readAwarenessUpdate(
  update: Uint8Array,
  isStale: (clientId: number, clock: number) => boolean = () => false,
): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const entries: AwarenessEntry[] = [];
  for (let index = 0; index < count; index++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const bytes = decoding.readVarUint8Array(decoder);
    if (isStale(clientId, clock) && !isNullState(bytes)) continue;
    const state: unknown = JSON.parse(utf8.decode(bytes));
    entries.push({ clientId, clock, state });
  }
  return entries;
}

export function writeAwarenessUpdate(entries: readonly AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, JSON.stringify(entry.state));
  }
  return encoding.toUint8Array(encoder);
}
