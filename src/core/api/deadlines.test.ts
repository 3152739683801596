import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createDeadlines } from './deadlines';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('request deadlines', () => {
  it('cut off a body still being read at its deadline, and only that one', async () => {
    const deadlines = createDeadlines(40);
    const slow = new PassThrough();
    const done = new PassThrough();
    deadlines.watch(slow, performance.now() + 40);
    deadlines.watch(done, performance.now() + 40);
    deadlines.forget(done);
    await wait(120);
    expect(slow.destroyed).toBe(true);
    expect(deadlines.cut(slow)).toBe(true);
    expect(done.destroyed).toBe(false);
    expect(deadlines.cut(done)).toBe(false);
    deadlines.stop();
  });
});
