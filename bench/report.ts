// The figures as a person reads them (a table) and as a machine reads them (one JSON object,
// the last line of output), with each budget of DESIGN.md §6 checked.
import { round } from './stats';

export interface Figures {
  client_overhead_ratio: number;
  refresh_requests_hidden: number;
  refresh_requests_naive: number;
  refresh_ms_1000: number;
  refresh_ratio_vs_raw: number;
  idle_requests_per_hour: number;
  idle_requests_per_hour_alerts: number;
  usage_detect_minutes: number;
  idle_requests_per_hour_3_accounts: number;
  idle_requests_per_hour_alerts_3_accounts: number;
  render_ms_1000: number;
  render_ms_10000: number;
  renderer_js_gzip_kb: number;
  renderer_js_gzip_kb_per_locale: number;
  renderer_js_gzip_kb_on_demand: number;
  preload_kb: number;
  main_kb: number;
  heap_mb_10000: number;
  boot_ms: number;
  tray_reboot_to_request_ms: number;
  cli_help_ratio: number;
  cli_list_ratio: number;
}

export interface Budget {
  budget: number;
  value: number;
  pass: boolean;
}

export type Budgets = Partial<Record<keyof Figures, Budget>>;

const atMost = (value: number, budget: number): Budget => ({ budget, value, pass: value <= budget });

/** Each account's share of the hour with alerts, with three accounts: none over one account's budget. */
const ALERTS_PER_ACCOUNT = 60;

/**
 * `listPages`/`otherRequests`: a hidden refresh passes when it reads the list pages and nothing
 * else. `alertsPerAccount`: each account's requests in the hour with alerts and three accounts.
 */
export function checkBudgets(f: Figures, refresh: { listPages: number; otherRequests: number }, three: { alertsPerAccount: number[] }): Budgets {
  return {
    client_overhead_ratio: atMost(f.client_overhead_ratio, 1.1),
    refresh_requests_hidden: { budget: refresh.listPages, value: f.refresh_requests_hidden, pass: f.refresh_requests_hidden <= refresh.listPages && refresh.otherRequests === 0 },
    idle_requests_per_hour: atMost(f.idle_requests_per_hour, 15),
    idle_requests_per_hour_alerts: atMost(f.idle_requests_per_hour_alerts, ALERTS_PER_ACCOUNT),
    usage_detect_minutes: atMost(f.usage_detect_minutes, 15),
    // Requests grow with the accounts and nothing else.
    idle_requests_per_hour_3_accounts: atMost(f.idle_requests_per_hour_3_accounts, 3 * f.idle_requests_per_hour),
    // Every account runs its own alerts, and each stays within one account's budget.
    idle_requests_per_hour_alerts_3_accounts: {
      budget: 3 * f.idle_requests_per_hour_alerts,
      value: f.idle_requests_per_hour_alerts_3_accounts,
      pass: f.idle_requests_per_hour_alerts_3_accounts <= 3 * f.idle_requests_per_hour_alerts && three.alertsPerAccount.every((n) => n <= ALERTS_PER_ACCOUNT),
    },
    render_ms_1000: atMost(f.render_ms_1000, 50),
    renderer_js_gzip_kb: atMost(f.renderer_js_gzip_kb, 60),
    heap_mb_10000: atMost(f.heap_mb_10000, 60),
    boot_ms: atMost(f.boot_ms, 400),
    tray_reboot_to_request_ms: atMost(f.tray_reboot_to_request_ms, 20),
    cli_help_ratio: atMost(f.cli_help_ratio, 1.6),
    cli_list_ratio: atMost(f.cli_list_ratio, 10),
  };
}

const LABELS: Record<keyof Figures, string> = {
  client_overhead_ratio: 'API client vs raw undici, GET /servers/{id}/ (median ratio)',
  refresh_requests_hidden: 'Requests, one hidden refresh of 1,000 + 1,000',
  refresh_requests_naive: 'Requests, the same with a detail call per item',
  refresh_ms_1000: 'Hidden refresh of 1,000 + 1,000 (ms, median)',
  refresh_ratio_vs_raw: 'That refresh vs raw undici reading the same pages',
  idle_requests_per_hour: 'Requests per hour, hidden and idle',
  idle_requests_per_hour_alerts: 'Requests per hour, hidden, idle, 1,000 + 1,000, default alerts',
  usage_detect_minutes: 'A watched server’s usage crossing noticed, hidden (min, longest)',
  idle_requests_per_hour_3_accounts: 'The same with 3 accounts live at once',
  idle_requests_per_hour_alerts_3_accounts: 'The same with alerts, 3 such accounts live at once',
  render_ms_1000: 'State to painted list, 1,000 servers (ms, median)',
  render_ms_10000: 'State to painted list, 10,000 servers (ms, median)',
  renderer_js_gzip_kb: 'Renderer JavaScript at start, in English, gzip -9 (KB)',
  renderer_js_gzip_kb_per_locale: 'Largest language chunk on top, gzip -9 (KB)',
  renderer_js_gzip_kb_on_demand: 'Most one view or dialog adds when opened, gzip -9 (KB)',
  preload_kb: 'Preload (KB)',
  main_kb: 'Main process bundle (KB)',
  heap_mb_10000: 'Heap of the services, 10,000 + 10,000 (MB)',
  boot_ms: 'Boot: out/main loaded → tray menu from the cache (ms, median)',
  tray_reboot_to_request_ms: 'Tray Reboot click → request at the simulator (ms, median)',
  cli_help_ratio: 'vps --help vs node -e 0, whole processes (median ratio)',
  cli_list_ratio: 'vps servers list --json vs curl of the same URL (median ratio)',
};

export function rounded(f: Figures): Figures {
  return Object.fromEntries(Object.entries(f).map(([key, value]) => [key, round(value)])) as unknown as Figures;
}

export function table(f: Figures, budgets: Budgets): string {
  const rows = (Object.keys(LABELS) as (keyof Figures)[]).map((key) => {
    const budget = budgets[key];
    return [LABELS[key], String(f[key]), budget ? `≤ ${budget.budget}` : '', budget ? (budget.pass ? 'pass' : 'FAIL') : ''];
  });
  const header = ['figure', 'value', 'budget', ''];
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => (row[column] ?? '').length)));
  const line = (row: string[]): string => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
