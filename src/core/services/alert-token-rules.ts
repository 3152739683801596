// The API token about to expire, pure: steps at 14, 3 and 1 days before its expiry and one when
// it has expired. Like the reminders' ladder, only the tightest step reached fires, and only when
// no step as tight has fired for this expiry date; a new expiry (another token, an extended one)
// starts the ladder again. The first sight of the token records where it stands without firing.
import type { TokenTrack } from './alert-ledger';

/** Days before expiry; 0 = expired. */
export const TOKEN_STEPS = [14, 3, 1, 0] as const;

const DAY_MS = 86_400_000;

/** Whole days left, rounded up: 1 within the last day, 0 or less once expired. */
export function tokenDaysLeft(expiresAt: string, now: Date): number {
  return Math.ceil((Date.parse(expiresAt) - now.getTime()) / DAY_MS);
}

function tightestStep(daysLeft: number): number | null {
  const reached = TOKEN_STEPS.filter((step) => daysLeft <= step);
  return reached[reached.length - 1] ?? null;
}

export interface TokenInput {
  /** null: the token has never been seen. */
  track: TokenTrack | null;
  expiresAt: string | null;
  now: Date;
  /** Token alerts are off: steps are passed without firing. */
  silent: boolean;
  /** Snoozed: a step reached now fires when the snooze ends. */
  snoozed: boolean;
}

export function evaluateToken(input: TokenInput): { track: TokenTrack; fire: { step: number; days: number } | null } {
  const { expiresAt } = input;
  if (expiresAt === null) return { track: { expiresAt: null, fired: [] }, fire: null };
  const days = tokenDaysLeft(expiresAt, input.now);
  const step = tightestStep(days);
  const fired = input.track !== null && input.track.expiresAt === expiresAt ? input.track.fired : [];
  if (step === null || fired.some((f) => f <= step)) return { track: { expiresAt, fired }, fire: null };
  if (input.track === null || input.silent) return { track: { expiresAt, fired: [...fired, step] }, fire: null };
  if (input.snoozed) return { track: { expiresAt, fired }, fire: null };
  return { track: { expiresAt, fired: [...fired, step] }, fire: { step, days } };
}
