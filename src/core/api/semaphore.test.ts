import { describe, expect, it } from 'vitest';
import { createSemaphore } from './semaphore';

describe('createSemaphore', () => {
  it('lets `limit` holders in and hands slots on in order', async () => {
    const semaphore = createSemaphore(2);
    const order: string[] = [];
    await semaphore.acquire();
    await semaphore.acquire();
    const third = semaphore.acquire().then(() => order.push('third'));
    const fourth = semaphore.acquire().then(() => order.push('fourth'));
    await Promise.resolve();
    expect(order).toEqual([]);
    semaphore.release();
    await third;
    expect(order).toEqual(['third']);
    semaphore.release();
    await fourth;
    expect(order).toEqual(['third', 'fourth']);
  });

  it('gives up a wait when its signal aborts, without losing the slot', async () => {
    const semaphore = createSemaphore(1);
    await semaphore.acquire();
    const controller = new AbortController();
    const waiting = semaphore.acquire(controller.signal);
    controller.abort(new Error('stop'));
    await expect(waiting).rejects.toThrow('stop');
    semaphore.release();
    // The aborted waiter is gone, so the slot is free again at once.
    await semaphore.acquire();
    await expect(semaphore.acquire(AbortSignal.abort(new Error('already')))).rejects.toThrow('already');
  });

  it('refuses a limit below 1', () => {
    expect(() => createSemaphore(0)).toThrow(RangeError);
  });
});

describe('tryAcquire', () => {
  it('takes a free slot at once and refuses when all are taken', async () => {
    const semaphore = createSemaphore(1);
    expect(semaphore.tryAcquire()).toBe(true);
    expect(semaphore.tryAcquire()).toBe(false);
    const waiting = semaphore.acquire();
    semaphore.release();
    await waiting;
    expect(semaphore.tryAcquire()).toBe(false);
    semaphore.release();
    expect(semaphore.tryAcquire()).toBe(true);
  });
});
