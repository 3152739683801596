// When to refresh. On a timer whose interval depends on whether the window is shown, at once
// when the window opens or the machine wakes, with exponential backoff after failures (never
// slower than the hidden interval), and not at all while the session cannot make requests.
// A refresh the timer starts is the app's regular cycle (the alerts' usage round rides on it);
// one asked for (a click, a shown window, a wake) reads the lists only.
import type { SyncView } from '@shared/app-state';
import { appError, type AppError } from '@shared/errors';
import { m } from '@shared/i18n';
import { redactedError } from '../api/redact';
import type { Timers } from './timers';

export interface SyncScheduler {
  /** Refreshes now (joining one already running) and plans the next; resolves to the failure, if any. */
  refreshNow(): Promise<AppError | null>;
  /** Plans the next refresh again after the window was hidden or the intervals changed. */
  reschedule(): void;
  /** Stops the timer until the next refreshNow (a 401, no token). */
  pause(): void;
  /** For good: nothing is planned or refreshed any more. */
  stop(): void;
}

/** Where a scheduler shows its sync view: the app state's, or one account's. */
export interface SyncSlot {
  get(): SyncView;
  set(view: SyncView): void;
}

export interface SyncDeps {
  view: SyncSlot;
  timers: Timers;
  intervalsMs: () => { shown: number; hidden: number };
  visible: () => boolean;
  /** A usable session: a token that is neither invalid nor expired. */
  canSync: () => boolean;
  /** One refresh; `visible` decides how much it fetches, `scheduled` whether it is the timer's cycle. */
  refresh: (visible: boolean, scheduled: boolean) => Promise<void>;
  /** Saves what a successful refresh produced. */
  onSuccess: (at: Date) => void;
}

const noSession = (): AppError => appError('unauthorized', m.sync_no_session());
const stoppedError = (): AppError => appError('cancelled', m.sync_quitting());

export function createSyncScheduler(deps: SyncDeps): SyncScheduler {
  let timer: unknown = null;
  let failures = 0;
  let lastAttemptAt: number | null = null;
  let inFlight: Promise<AppError | null> | null = null;
  let queued: Promise<AppError | null> | null = null;
  let stopped = false;

  function publish(patch: Partial<SyncView>): void {
    deps.view.set({ ...deps.view.get(), ...patch });
  }

  function clearTimer(): void {
    if (timer !== null) deps.timers.clearTimeout(timer);
    timer = null;
  }

  function delayMs(): number {
    const { shown, hidden } = deps.intervalsMs();
    const base = deps.visible() ? shown : hidden;
    return failures === 0 ? base : Math.min(base * 2 ** failures, Math.max(base, hidden));
  }

  function plan(): void {
    clearTimer();
    if (stopped) return;
    if (!deps.canSync()) {
      publish({ state: 'paused', nextAt: null });
      return;
    }
    const now = deps.timers.now().getTime();
    const due = Math.max(now, (lastAttemptAt ?? now) + delayMs());
    timer = deps.timers.setTimeout(() => start(true), due - now);
    publish({ nextAt: new Date(due).toISOString() });
  }

  async function runOnce(scheduled: boolean): Promise<AppError | null> {
    clearTimer();
    if (stopped) return stoppedError();
    if (!deps.canSync()) {
      publish({ state: 'paused', nextAt: null });
      return noSession();
    }
    publish({ state: 'syncing' });
    let failure: AppError | null = null;
    try {
      await deps.refresh(deps.visible(), scheduled);
      const at = deps.timers.now();
      failures = 0;
      deps.onSuccess(at);
      publish({ state: 'idle', lastSuccessAt: at.toISOString(), stale: false, lastError: null });
    } catch (error) {
      failure = redactedError(error);
      failures += 1;
      publish({ state: stateAfter(failure), stale: true, lastError: failure });
    }
    lastAttemptAt = deps.timers.now().getTime();
    plan();
    return failure;
  }

  function start(scheduled: boolean): Promise<AppError | null> {
    if (inFlight === null) {
      inFlight = runOnce(scheduled).finally(() => {
        inFlight = null;
      });
      return inFlight;
    }
    // Something may have changed since the running refresh started: run once more after it.
    queued ??= inFlight.then(() => {
      queued = null;
      return start(false);
    });
    return queued;
  }

  const scheduler: SyncScheduler = {
    refreshNow: () => start(false),
    reschedule() {
      if (inFlight === null) plan();
    },
    pause() {
      clearTimer();
      publish({ state: 'paused', nextAt: null });
    },
    stop() {
      stopped = true;
      clearTimer();
    },
  };
  return scheduler;
}

function stateAfter(failure: AppError): SyncView['state'] {
  if (failure.kind === 'unauthorized') return 'paused';
  if (failure.kind === 'network' || failure.kind === 'timeout') return 'offline';
  return 'error';
}
