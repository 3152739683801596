import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TokenTrack } from './alert-ledger';
import { TOKEN_STEPS, evaluateToken, tokenDaysLeft } from './alert-token-rules';

const DAY = 86_400_000;
const START = Date.UTC(2026, 0, 16, 12);
const EXPIRES = new Date(START + 20 * DAY).toISOString();

function walk(days: number[], expiresAt: string | null = EXPIRES, opts: { snoozed?: (i: number) => boolean; track?: TokenTrack | null } = {}) {
  let track: TokenTrack | null = opts.track ?? null;
  return days.map((d, i) => {
    const result = evaluateToken({ track, expiresAt, now: new Date(START + d * DAY), silent: false, snoozed: opts.snoozed?.(i) ?? false });
    track = result.track;
    return result.fire;
  });
}

describe('token expiry', () => {
  it('counts whole days up, and 0 or less once expired', () => {
    expect(tokenDaysLeft(EXPIRES, new Date(START))).toBe(20);
    expect(tokenDaysLeft(EXPIRES, new Date(START + 19.5 * DAY))).toBe(1);
    expect(tokenDaysLeft(EXPIRES, new Date(START + 20 * DAY))).toBe(0);
  });

  it('fires at 14, 3 and 1 days and once expired; a machine off for a week gets only the tightest', () => {
    expect(walk([0, 6, 6.5, 17, 19.2, 20]).map((f) => f?.step ?? null)).toEqual([null, 14, null, 3, 1, 0]);
    expect(walk([0, 19.5, 25]).map((f) => f?.step ?? null)).toEqual([null, 1, 0]);
  });

  it('records where a token stands at first sight without firing, and starts over for a new expiry', () => {
    expect(walk([10, 17]).map((f) => f?.step ?? null)).toEqual([null, 3]);
    const later = new Date(START + 40 * DAY).toISOString();
    const fires = walk([27], later, { track: { expiresAt: EXPIRES, fired: [14, 3, 1, 0] } });
    expect(fires.map((f) => f?.step ?? null)).toEqual([14]);
  });

  it('fires each step at most once per expiry and never at first sight (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 30 * 24 }).map((h) => h / 24), { minLength: 1, maxLength: 30 }), fc.array(fc.boolean(), { maxLength: 30 }), (raw, snoozes) => {
        const days = [...raw].sort((a, b) => a - b);
        const fires = walk(days, EXPIRES, { snoozed: (i) => snoozes[i] ?? false });
        expect(fires[0]).toBeNull();
        const steps = fires.flatMap((f) => (f ? [f.step] : []));
        expect(new Set(steps).size).toBe(steps.length);
        // Tighter and tighter: a step never fires after a tighter one.
        expect([...steps].sort((a, b) => b - a)).toEqual(steps);
        for (const f of fires) if (f) expect(TOKEN_STEPS).toContain(f.step);
        // Every step that the clock passed after the first sight fired, unless a tighter one
        // fired first or a snooze held it until the next step was reached.
        const startDays = tokenDaysLeft(EXPIRES, new Date(START + (days[0] ?? 0) * DAY));
        const lastDays = tokenDaysLeft(EXPIRES, new Date(START + (days[days.length - 1] ?? 0) * DAY));
        const tightest = TOKEN_STEPS.filter((s) => lastDays <= s).at(-1);
        const firstTightest = TOKEN_STEPS.filter((s) => startDays <= s).at(-1);
        if (tightest !== undefined && tightest !== firstTightest && !(snoozes[days.length - 1] ?? false)) expect(steps).toContain(tightest);
      }),
      { numRuns: 300 },
    );
  });
});
