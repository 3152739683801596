// "Try the demo": the embedded simulator, run in this process on a free loopback port. Its
// port and its tokens change on every start (a token from an earlier run opens nothing), so a
// demo profile gets its token re-added each time.
import type { Simulator } from '../simulator/simulator';

export interface DemoRunner {
  /** Starts the simulator unless it runs already. */
  start(): Promise<{ url: string; token: string }>;
  stop(): Promise<void>;
}

export function createDemoRunner(): DemoRunner {
  let running: Promise<Simulator> | null = null;

  return {
    async start() {
      // Loaded on first use: people with a real account never pay for the simulator's code.
      running ??= import('../simulator/simulator').then(({ startSimulator, DEMO_TIMINGS }) => startSimulator({ timings: DEMO_TIMINGS, freshTokens: true }));
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
