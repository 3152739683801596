// The one AppState of the main process. Services replace their own top-level slices; listeners
// (the tray and the window) hear about it once per burst of changes, not once per change, so a
// refresh that touches five slices costs one menu rebuild and one IPC message.
import type { AppState } from '@shared/app-state';
import type { Timers } from './timers';

/** Changes within this many milliseconds reach listeners as one emit. */
export const EMIT_COALESCE_MS = 16;

/**
 * The part of the state one service reads (`Read`) and writes (`Write`): the app's StateHolder
 * for the active account, or one other account's slice of it (src/core/services/accounts.ts).
 */
export interface StatePort<Read extends keyof AppState, Write extends Read = Read> {
  get(): Pick<AppState, Read>;
  set(patch: Partial<Pick<AppState, Write>>): void;
}

export interface StateHolder {
  get(): AppState;
  set(patch: Partial<AppState>): void;
  onChange(listener: (state: AppState) => void): () => void;
  /** Cancels a pending emit and stops emitting (on shutdown). */
  dispose(): void;
}

export function createStateHolder(initial: AppState, timers: Timers): StateHolder {
  let state = initial;
  let pending: unknown = null;
  let disposed = false;
  const listeners = new Set<(state: AppState) => void>();

  function emit(): void {
    pending = null;
    for (const listener of listeners) listener(state);
  }

  return {
    get: () => state,
    set(patch) {
      state = { ...state, ...patch };
      if (pending === null && !disposed && listeners.size > 0) pending = timers.setTimeout(emit, EMIT_COALESCE_MS);
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      disposed = true;
      if (pending !== null) timers.clearTimeout(pending);
      pending = null;
    },
  };
}
