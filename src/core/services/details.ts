// The details the window is looking at (src/shared/details.ts): the window says which, and this
// fetches them through the gate of the account each belongs to, publishes them in
// AppState.details with their own loading, error and not-found state, fetches them again on the
// visible refresh and after every write made through the app, and drops them when the window
// stops looking. A refresh keeps the last value on screen until the new one arrives.
import { detailKey, type Detail, type DetailTarget } from '@shared/details';
import { toAppError } from '@shared/errors';
import type { ApiGate } from './api-gate';
import type { StateHolder } from './state-holder';

export interface DetailsService {
  /** Everything the window looks at now; new items are fetched at once, the others dropped. */
  watch(targets: DetailTarget[]): Promise<void>;
  /** Fetches every watched item again; each failure stays with its item. */
  refresh(): Promise<void>;
  /** The active account changed: its items show as loading until the next refresh fetches them. */
  resetActive(): void;
}

export interface DetailsDeps {
  state: StateHolder;
  /** The gate of the item's account: the active one without a profileId, else that account's own. */
  gateOf: (profileId: string | undefined) => ApiGate;
}

function fetchValue(gate: ApiGate, target: DetailTarget): Promise<Detail['value']> {
  switch (target.kind) {
    case 'zone':
      return gate.run('dns.zones.get', (client) => client.dns.zones.get(target.zoneId));
    case 'domain':
      return gate.run('domains.get', (client) => client.domains.get(target.domainId));
    case 'record':
      return gate.run('dns.records.get', (client) => client.dns.records.get(target.recordId));
    case 'records':
      return gate.run('dns.records.list', (client) => client.dns.records.list(target.recordType ? { record_type: target.recordType } : {}));
    case 'account':
      return gate.run('account.me', (client) => client.account.me());
  }
}

const loading = (target: DetailTarget): Detail => ({ target, status: 'loading', value: null, error: null }) as Detail;

export function createDetailsService(deps: DetailsDeps): DetailsService {
  const { state } = deps;
  let targets = new Map<string, DetailTarget>();
  // A fetch answers only if no later fetch of the same item started meanwhile (and the item is still watched).
  const latest = new Map<string, number>();
  let fetches = 0;

  function publish(key: string, next: (current: Detail) => Detail): void {
    const current = state.get().details[key];
    if (current) state.set({ details: { ...state.get().details, [key]: next(current) } });
  }

  async function fetchOne(key: string, target: DetailTarget): Promise<void> {
    const id = ++fetches;
    latest.set(key, id);
    try {
      const value = await fetchValue(deps.gateOf(target.profileId), target);
      if (latest.get(key) === id) publish(key, (current) => ({ ...current, status: 'ready', value, error: null }) as Detail);
    } catch (reason) {
      if (latest.get(key) !== id) return;
      const error = toAppError(reason);
      // Gone is gone: nothing of it stays. Any other failure keeps what was last shown.
      if (error.kind === 'not_found') publish(key, (current) => ({ ...current, status: 'not_found', value: null, error }));
      else publish(key, (current) => ({ ...current, status: 'error', error }));
    }
  }

  async function fetchAll(keys: string[]): Promise<void> {
    await Promise.all(keys.flatMap((key) => {
      const target = targets.get(key);
      return target ? [fetchOne(key, target)] : [];
    }));
  }

  return {
    async watch(next) {
      const wanted = new Map(next.map((target) => [detailKey(target), target]));
      const fresh = [...wanted.keys()].filter((key) => !targets.has(key));
      targets = wanted;
      for (const key of latest.keys()) if (!wanted.has(key)) latest.delete(key);
      const shown = state.get().details;
      state.set({ details: Object.fromEntries([...wanted].map(([key, target]) => [key, shown[key] ?? loading(target)])) });
      await fetchAll(fresh);
    },

    refresh: () => fetchAll([...targets.keys()]),

    resetActive() {
      const details = { ...state.get().details };
      for (const [key, target] of targets) {
        if (target.profileId !== undefined) continue;
        details[key] = loading(target);
        latest.delete(key);
      }
      state.set({ details });
    },
  };
}
