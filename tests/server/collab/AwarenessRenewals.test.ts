import { describe, expect, it } from 'vitest';
import { AwarenessRenewals } from '../../../server/collab/AwarenessRenewals.ts';
import { waitFor } from '../../helpers/waitFor.ts';

describe('AwarenessRenewals', () => {
  it('relays every renewal once, spread over several messages instead of one burst', async () => {
    const batches: number[][] = [];
    const renewals = new AwarenessRenewals(500, (clients) => batches.push(clients));
    const clients = Array.from({ length: 200 }, (_, index) => 1_000_000 + index * 7919);
    for (const client of clients) renewals.add(client);
    for (const client of clients) renewals.add(client);
    await waitFor(() => batches.flat().length === clients.length, { message: 'every renewal' });
    expect(batches.flat().sort()).toEqual([...clients].sort());
    expect(batches.length).toBeGreaterThan(3);
    renewals.stop();
  });

  it('forgets a dropped renewal and relays nothing after stop', async () => {
    const batches: number[][] = [];
    const renewals = new AwarenessRenewals(0, (clients) => batches.push(clients));
    renewals.add(1);
    renewals.add(2);
    renewals.drop(1);
    await waitFor(() => batches.length === 1);
    expect(batches).toEqual([[2]]);
    renewals.add(3);
    renewals.stop();
    // Long enough for a zero-delay timer to have fired, had stop() left it running.
    await new Promise<void>((resolve) => setTimeout(resolve, 20));
    expect(batches).toEqual([[2]]);
  });
});
