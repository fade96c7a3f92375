import { describe, expect, it } from 'vitest';
import { PdfBusyError } from '../../../server/export/PdfBusyError.ts';
import { RenderSlots } from '../../../server/export/RenderSlots.ts';

function held() {
  let release!: () => void;
  const promise = new Promise<void>((resolve) => (release = resolve));
  return { promise, release };
}

describe('RenderSlots', () => {
  it('runs up to the limit, queues a bounded number and refuses the rest', async () => {
    const slots = new RenderSlots({ concurrency: 2, queueLimit: 1, retryAfterSeconds: 7 });
    const first = held();
    const second = held();
    const started: string[] = [];
    const run = (name: string, work: Promise<void>) =>
      slots.run(async () => {
        started.push(name);
        await work;
        return name;
      });

    const a = run('a', first.promise);
    const b = run('b', second.promise);
    const c = run('c', Promise.resolve());
    const refused = run('d', Promise.resolve());
    await expect(refused).rejects.toBeInstanceOf(PdfBusyError);
    await expect(refused).rejects.toMatchObject({ retryAfterSeconds: 7 });
    expect([slots.running, slots.waiting]).toEqual([2, 1]);
    expect(started).toEqual(['a', 'b']);

    first.release();
    expect(await a).toBe('a');
    expect(await c).toBe('c');
    expect(started).toEqual(['a', 'b', 'c']);
    second.release();
    expect(await b).toBe('b');
    expect([slots.running, slots.waiting]).toEqual([0, 0]);
  });

  it('frees the slot of a render that fails', async () => {
    const slots = new RenderSlots({ concurrency: 1, queueLimit: 0, retryAfterSeconds: 1 });
    await expect(slots.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await slots.run(async () => 'next')).toBe('next');
    expect(slots.running).toBe(0);
  });
});
