export function isStateVectorCovered(
  local: ReadonlyMap<number, number>,
  stored: ReadonlyMap<number, number>,
): boolean {
  for (const [client, clock] of local) {
    if (clock > (stored.get(client) ?? 0)) return false;
  }
  return true;
}
