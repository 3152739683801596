// `npm run bench`: every figure of DESIGN.md §6 in one run against the simulator on 127.0.0.1.
// Prints a table, then the figures and their budgets as ONE JSON object on the last line.
// Returns the exit code: 1 when a budget fails.
import { startSimulator } from '../src/core/simulator/simulator';
import { measureAlerts } from './alerts';
import { ensureBuilt } from './build';
import { measureBoot } from './boot';
import { measureCli } from './cli';
import { measureClientOverhead } from './client-overhead';
import { measureHeap } from './heap';
import { measureIdle } from './idle';
import { describeRoutes } from './idle-hour';
import { measureRefresh } from './refresh';
import { measureRender } from './render';
import { checkBudgets, rounded, table, type Figures } from './report';
import { measureSizes } from './sizes';
import { median } from './stats';

/** A realistic page size: large accounts are read page by page, following `next`. */
const PAGE_SIZE = 100;
const REFRESH_COUNT = 1000;
const HEAP_COUNT = 10_000;
const BOOT_RUNS = 5;
const CLI_RUNS = 9;

const step = (what: string): void => console.error(`bench: ${what}…`);

export async function main({ root }: { root: string }): Promise<number> {
  ensureBuilt(root);
  step('built sizes');
  const sizes = measureSizes(root);

  const sim = await startSimulator({ pageSize: PAGE_SIZE, seedData: false });
  sim.generate({ servers: REFRESH_COUNT, domains: REFRESH_COUNT });
  let overhead, refresh;
  try {
    const serverId = sim.state.servers.keys().next().value;
    if (serverId === undefined) throw new Error('The simulator has no server to ask for.');
    step('client overhead (2,000 requests each way)');
    overhead = await measureClientOverhead({ url: sim.url, token: sim.tokens.full, serverId });
    step('hidden refresh of 1,000 servers and 1,000 domains');
    refresh = await measureRefresh(sim, { count: REFRESH_COUNT, pageSize: PAGE_SIZE });
  } finally {
    await sim.close();
  }

  step('one simulated idle hour');
  const idle = await measureIdle({ pageSize: PAGE_SIZE });
  step('alerts: an idle hour of 1,000 servers and 1,000 domains, and a watched server’s crossings');
  const alerts = await measureAlerts();
  const idleThree = await measureIdle({ pageSize: PAGE_SIZE, accounts: 3 });
  step('heap with 10,000 servers and 10,000 domains');
  const heap = await measureHeap(root, { count: HEAP_COUNT, pageSize: PAGE_SIZE });
  step('render in Chromium');
  const render = await measureRender(root, { small: refresh.state, large: heap.state });
  step('boot of the built app and a tray reboot, under the stand-in Electron');
  const boot = measureBoot(root, { runs: BOOT_RUNS });
  step('start-up of the vps command');
  const cli = await measureCli(root, { runs: CLI_RUNS });

  const figures = rounded({
    client_overhead_ratio: overhead.ratio,
    refresh_requests_hidden: refresh.requests,
    refresh_requests_naive: refresh.naiveRequests,
    refresh_ms_1000: refresh.medianMs,
    refresh_ratio_vs_raw: refresh.ratio,
    idle_requests_per_hour: idle.requests,
    idle_requests_per_hour_alerts: alerts.idleRequestsPerHour,
    usage_detect_minutes: alerts.detectMinutes,
    idle_requests_per_hour_3_accounts: idleThree.requests,
    idle_requests_per_hour_alerts_3_accounts: alerts.threeAccounts.requests,
    render_ms_1000: median(render.small),
    render_ms_10000: median(render.large),
    renderer_js_gzip_kb: sizes.rendererJsGzipKb,
    renderer_js_gzip_kb_per_locale: sizes.rendererJsGzipKbPerLocale,
    renderer_js_gzip_kb_on_demand: sizes.rendererJsGzipKbOnDemand,
    preload_kb: sizes.preloadKb,
    main_kb: sizes.mainKb,
    heap_mb_10000: heap.heapMb,
    boot_ms: median(boot.bootMs),
    tray_reboot_to_request_ms: median(boot.rebootMs),
    cli_help_ratio: median(cli.helpMs) / median(cli.nodeMs),
    cli_list_ratio: median(cli.listMs) / median(cli.curlMs),
  } satisfies Figures);
  const budgets = checkBudgets(figures, refresh, { alertsPerAccount: alerts.threeAccounts.perAccount.map((a) => a.requests) });

  console.log(table(figures, budgets));
  console.log(
    [
      `client: ${overhead.clientMedianMs.toFixed(3)} ms vs raw ${overhead.rawMedianMs.toFixed(3)} ms (median of ${overhead.requests})`,
      `refresh: ${refresh.requests} requests for ${refresh.listPages} list pages (${refresh.otherRequests} other); raw undici ${refresh.rawMedianMs.toFixed(1)} ms`,
      `idle hour: ${describeRoutes(idle.byRoute)}`,
      ...idleThree.perAccount.map((a, i) => `idle hour, 3 accounts, account ${i + 1}: ${describeRoutes(a.byRoute)}`),
      `idle hour with alerts, 1,000 + 1,000: ${describeRoutes(alerts.byRoute)}`,
      ...alerts.threeAccounts.perAccount.map((a, i) => `idle hour with alerts, 3 accounts, account ${i + 1}: ${describeRoutes(a.byRoute)}`),
      `usage crossings noticed after (min): ${alerts.detectRuns.map((m) => m.toFixed(2)).join(', ')}`,
      `render runs (ms): 1,000: ${render.small.map((ms) => ms.toFixed(1)).join(', ')}; 10,000: ${render.large.map((ms) => ms.toFixed(1)).join(', ')}`,
      `main bundle: ${sizes.mainFiles.join(', ')}`,
      `boot runs (ms): ${boot.bootMs.map((ms) => ms.toFixed(0)).join(', ')}; tray reboot → request (ms): ${boot.rebootMs.map((ms) => ms.toFixed(1)).join(', ')}`,
      `vps --help ${median(cli.helpMs).toFixed(0)} ms vs node -e 0 ${median(cli.nodeMs).toFixed(0)} ms; vps servers list --json ${median(cli.listMs).toFixed(0)} ms vs curl ${median(cli.curlMs).toFixed(0)} ms (medians of ${cli.helpMs.length})`,
    ].join('\n'),
  );
  console.log(JSON.stringify({ ...figures, budgets }));
  return Object.values(budgets).every((b) => b.pass) ? 0 : 1;
}
