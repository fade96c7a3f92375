import * as Y from 'yjs';

/**
 * Whether applying `update` would change `doc`: it holds an operation the doc lacks, or deletes
 * something the doc has not deleted. A client's answer to the server's sync step 1 repeats its
 * whole delete set, so a client that wrote nothing still sends a non-empty update.
 */
export function updateChangesDocument(doc: Y.Doc, update: Uint8Array): boolean {
  const { structs, ds } = Y.decodeUpdate(update);
  for (const struct of structs) {
    if (struct instanceof Y.Skip) continue;
    if (struct.id.clock + struct.length > Y.getState(doc.store, struct.id.client)) return true;
  }
  for (const [client, ranges] of ds.clients) {
    const known = doc.store.clients.get(client);
    for (const { clock, len } of ranges) {
      if (len === 0) continue;
      if (!known || clock + len > Y.getState(doc.store, client)) return true;
      for (let index = Y.findIndexSS(known, clock); index < known.length; index++) {
        const struct = known[index]!;
        if (struct.id.clock >= clock + len) break;
        if (!struct.deleted) return true;
      }
    }
  }
  return false;
}
