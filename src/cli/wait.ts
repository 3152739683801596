// --wait: after start, stop or reboot, the server is asked about every poll interval until it
// reaches the status the action aims for, with a progress line on stderr, or until the timeout.
import type { PowerAction, ServerDetail, ServerStatus } from '@shared/api-types';
import { VpsError, appError } from '@shared/errors';
import { formatDuration } from '@shared/format';
import type { VpsClient } from '../core/api/client-types';
import type { CliIo } from './io';
import { printable } from './printable';

export const TARGET_STATUS: Record<PowerAction, ServerStatus> = { start: 'active', stop: 'stopped', reboot: 'active' };

export interface FollowOptions {
  client: VpsClient;
  io: CliIo;
  pollMs: number;
  timeoutMs: number;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
}

export function settledMessage(action: PowerAction, name: string, took: string): string {
  switch (action) {
    case 'reboot':
      return `${name} is up again after ${took}.`;
    case 'start':
      return `${name} is running after ${took}.`;
    case 'stop':
      return `${name} stopped after ${took}.`;
  }
}

/** The server once it has settled; a `timeout` error when it did not in time. */
export async function followServer(
  opts: FollowOptions,
  server: { id: number; name: string; status: ServerStatus },
  action: PowerAction,
  startedAt: number,
): Promise<ServerDetail> {
  const { client, io, pollMs, timeoutMs, now, sleep } = opts;
  const target = TARGET_STATUS[action];
  // On a terminal the line is rewritten in place; in a log, a line is written when the status changes.
  const live = io.stderr.isTTY === true;
  let lastStatus: ServerStatus = server.status;
  let lastLine = '';
  const progress = (status: ServerStatus): void => {
    const line = `${printable(server.name)}: ${status}… ${formatDuration(now() - startedAt)}`;
    if (live) io.stderr.write(`\r\u001b[K${line}`);
    else if (status !== lastStatus || lastLine === '') io.stderr.write(`${line}\n`);
    lastLine = line;
    lastStatus = status;
  };
  const endLine = (): void => {
    if (live && lastLine !== '') io.stderr.write('\n');
  };

  progress(server.status);
  for (;;) {
    await sleep(pollMs);
    const detail = await client.servers.get(server.id).catch((error: unknown) => {
      endLine();
      throw error;
    });
    if (detail.status === target) {
      endLine();
      return detail;
    }
    progress(detail.status);
    if (now() - startedAt >= timeoutMs) {
      endLine();
      throw new VpsError(
        appError('timeout', `${server.name} did not settle within ${formatDuration(timeoutMs)}; it was last seen ${detail.status}.`),
      );
    }
  }
}
