// Servers that change state without this app asking, pure: the settled status of each listed
// server against the one last seen. Starting, stopping, rebooting and provisioning are on the
// way somewhere and change nothing; a server seen for the first time (or while alerts are off)
// only joins the baseline.
import type { Server, ServerStatus } from '@shared/api-types';
import type { SettledStatus } from '@shared/alerts';
import type { Expectation } from './alert-ledger';
import { serverExpectationKey, takeExpected } from './alert-expectations';

export function settledStatus(status: ServerStatus): SettledStatus | null {
  return status === 'active' || status === 'stopped' || status === 'suspended' ? status : null;
}

export interface ServerStateChange {
  server: Server;
  from: SettledStatus;
  to: SettledStatus;
}

export interface ServerStateInput {
  /** null: the account's servers have never been seen. */
  baseline: Record<string, SettledStatus> | null;
  /** The complete list of a successful refresh. */
  servers: Server[];
  /** Live expectations; the ones this list settles are removed from the copy returned. */
  expected: Record<string, Expectation>;
  /** First sight, or server-state alerts are off: the baseline moves and nothing fires. */
  silent: boolean;
  /** A snoozed server keeps its old baseline, so a change that lasts fires when the snooze ends. */
  snoozed: (serverId: number) => boolean;
}

export function evaluateServerStates(input: ServerStateInput): {
  baseline: Record<string, SettledStatus>;
  expected: Record<string, Expectation>;
  changes: ServerStateChange[];
} {
  const silent = input.silent || input.baseline === null;
  const previous = input.baseline ?? {};
  const expected = { ...input.expected };
  const baseline: Record<string, SettledStatus> = {};
  const changes: ServerStateChange[] = [];

  for (const server of input.servers) {
    const id = String(server.id);
    const from = previous[id];
    const to = settledStatus(server.status);
    if (to === null || from === undefined || to === from) {
      const kept = to ?? from;
      if (kept !== undefined) baseline[id] = kept;
      continue;
    }
    if (takeExpected(expected, serverExpectationKey(server.id), to) || silent) {
      baseline[id] = to;
    } else if (input.snoozed(server.id)) {
      baseline[id] = from;
    } else {
      baseline[id] = to;
      changes.push({ server, from, to });
    }
  }
  return { baseline, expected, changes };
}
