// How long the simulated VPS.org takes to finish what it was asked to do.

export interface SimTimings {
  provisionMs: number;
  startMs: number;
  stopMs: number;
  rebootMs: number;
  domainPendingMs: number;
}

/** What the provider's pages describe: provisioning takes 2-5 minutes, registration 5-10. */
export const REALISTIC_TIMINGS: SimTimings = {
  provisionMs: 3 * 60_000,
  startMs: 20_000,
  stopMs: 15_000,
  rebootMs: 40_000,
  domainPendingMs: 7 * 60_000,
};

/** Short enough that someone trying the demo sees every transition finish. */
export const DEMO_TIMINGS: SimTimings = {
  provisionMs: 20_000,
  startMs: 5_000,
  stopMs: 4_000,
  rebootMs: 8_000,
  domainPendingMs: 30_000,
};
