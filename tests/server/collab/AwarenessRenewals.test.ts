import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AwarenessRenewals } from '../../../server/collab/AwarenessRenewals.ts';

interface Delivery {
  target: string;
  clients: number[];
  at: number;
}

function renewalsFor(targets: string[], intervalMs = 1000, tickMs = 50) {
  const deliveries: Delivery[] = [];
  const renewals = new AwarenessRenewals<string>({ intervalMs, tickMs }, (target, clients) =>
    deliveries.push({ target, clients, at: Date.now() }),
  );
  for (const target of targets) renewals.addTarget(target);
  return { renewals, deliveries };
}

describe('AwarenessRenewals', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 });
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('gives each target every renewal but its own, in one message per interval', () => {
    const sockets = Array.from({ length: 40 }, (_, index) => `socket-${index}`);
    const { renewals, deliveries } = renewalsFor(sockets);
    const owners = new Map(sockets.map((socket, index) => [100 + index, socket]));
    for (const [client, owner] of owners) renewals.add(client, owner);
    // Sent again before its turn: still one renewal.
    renewals.add(100, 'socket-0');

    vi.advanceTimersByTime(1000);

    expect(deliveries).toHaveLength(sockets.length);
    for (const socket of sockets) {
      const received = deliveries.filter((delivery) => delivery.target === socket);
      expect(received).toHaveLength(1);
      const expected = [...owners].filter(([, owner]) => owner !== socket).map(([id]) => id);
      expect(received[0]!.clients.sort()).toEqual(expected.sort());
    }
    // Nothing queued any more: no timer, no further messages.
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(5000);
    expect(deliveries).toHaveLength(sockets.length);
    renewals.stop();
  });

  it('spreads the targets over the interval instead of serving them at once', () => {
    const sockets = Array.from({ length: 40 }, (_, index) => `socket-${index}`);
    const { renewals, deliveries } = renewalsFor(sockets);
    renewals.add(7, undefined);

    vi.advanceTimersByTime(1000);

    const perTick = new Map<number, number>();
    for (const { at } of deliveries) perTick.set(at, (perTick.get(at) ?? 0) + 1);
    // 20 turns of 50 ms for 40 sockets: two per turn.
    expect(perTick.size).toBe(20);
    expect(Math.max(...perTick.values())).toBe(2);
    renewals.stop();
  });

  it('serves every turn a late timer missed', () => {
    const sockets = Array.from({ length: 40 }, (_, index) => `socket-${index}`);
    const { renewals, deliveries } = renewalsFor(sockets);
    renewals.add(7, undefined);
    vi.advanceTimersByTime(200);
    expect(deliveries.length).toBeGreaterThan(0);

    // The event loop was busy for 2 s: the clock moved on, the timer fires once, late.
    vi.setSystemTime(Date.now() + 2000);
    vi.advanceTimersByTime(50);
    expect(deliveries).toHaveLength(sockets.length);
    renewals.stop();
  });

  it('serves the turns missed before the first tick after a pause', () => {
    const sockets = Array.from({ length: 40 }, (_, index) => `socket-${index}`);
    const { renewals, deliveries } = renewalsFor(sockets);
    // The timer starts with this renewal; its first tick comes 2 s late.
    renewals.add(7, undefined);
    vi.setSystemTime(Date.now() + 2000);
    vi.advanceTimersByTime(50);
    expect(deliveries).toHaveLength(sockets.length);
    renewals.stop();
  });

  it('forgets a client whose changed state just went to everyone', () => {
    const { renewals, deliveries } = renewalsFor(['a', 'b', 'c']);
    renewals.add(1, 'a');
    renewals.add(2, 'b');
    renewals.forget(1);
    vi.advanceTimersByTime(1000);
    expect(deliveries.map(({ target, clients }) => [target, clients])).toEqual(
      expect.arrayContaining([
        ['a', [2]],
        ['c', [2]],
      ]),
    );
    expect(deliveries).toHaveLength(2);

    renewals.add(3, 'c');
    renewals.forget(3);
    // Nothing left to send: the timer is gone.
    expect(vi.getTimerCount()).toBe(0);
    renewals.stop();
  });

  it('sends nothing to a removed target, and nothing at all after stop', () => {
    const { renewals, deliveries } = renewalsFor(['a', 'b', 'c']);
    renewals.add(1, 'a');
    renewals.removeTarget('b');
    vi.advanceTimersByTime(1000);
    expect(deliveries.map((delivery) => delivery.target).sort()).toEqual(['c']);
    // What 'b' had queued left with it: nothing is counted as waiting.
    expect(vi.getTimerCount()).toBe(0);

    renewals.add(2, 'a');
    renewals.stop();
    vi.advanceTimersByTime(5000);
    expect(deliveries).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('runs no timer while nothing is queued', () => {
    const { renewals } = renewalsFor(['a', 'b']);
    expect(vi.getTimerCount()).toBe(0);
    // The only target is the owner: nobody to renew it for.
    const alone = renewalsFor(['a']);
    alone.renewals.add(1, 'a');
    expect(vi.getTimerCount()).toBe(0);
    renewals.add(1, 'a');
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(1000);
    expect(vi.getTimerCount()).toBe(0);
    renewals.stop();
    alone.renewals.stop();
  });
});
