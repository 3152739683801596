// "Try the demo": the embedded simulator, run in this process on a free loopback port. Its
// port and its tokens change on every start (a token from an earlier run opens nothing), so a
// demo profile gets its token re-added each time. Each start plays the demo story (one alert of
// each kind within a minute) on a fresh account.
import type { SimClock, Simulator } from '../simulator/simulator';

export interface DemoRunner {
  /** Starts the simulator unless it runs already. */
  start(): Promise<{ url: string; token: string }>;
  stop(): Promise<void>;
}

/** `clock`: the system clock unless a test drives the demo's time. */
export function createDemoRunner(opts: { clock?: SimClock } = {}): DemoRunner {
  let running: Promise<Simulator> | null = null;

  return {
    async start() {
      // Loaded on first use: people with a real account never pay for the simulator's code.
      running ??= import('../simulator/simulator').then(async ({ startSimulator, playDemoStory, DEMO_TIMINGS }) => {
        const simulator = await startSimulator({ timings: DEMO_TIMINGS, freshTokens: true, ...(opts.clock ? { clock: opts.clock } : {}) });
        playDemoStory(simulator);
        return simulator;
      });
      try {
        const simulator = await running;
        return { url: simulator.url, token: simulator.tokens.full };
      } catch (error) {
        running = null;
        throw error;
      }
    },
    async stop() {
      const current = running;
      running = null;
      if (current) await current.then((simulator) => simulator.close(), () => undefined);
    },
  };
}
