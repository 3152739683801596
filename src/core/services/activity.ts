// What this app did, per profile: every write sent to VPS.org with its time, target, result and
// message. Bounded, persisted, and shown in the Activity view. Its texts may come from the
// server (an error's detail, a name), so they are redacted on the way in.
import { randomUUID } from 'node:crypto';
import * as v from 'valibot';
import type { ActivityEntry } from '@shared/app-state';
import { redactSecrets, redactedError } from '../api/redact';
import { storeKeys, type Store } from '../store/store';
import type { StatePort } from './state-holder';
import type { Timers } from './timers';

export const ACTIVITY_LIMIT = 200;

export interface ActivityLog {
  /** Shows this profile's entries; later entries are saved for it. */
  load(profileId: string | null): void;
  /** Adds an entry; returns its id. */
  add(entry: Omit<ActivityEntry, 'id' | 'at'>): string;
  /** Settles a 'pending' entry (a followed power action). */
  settle(id: string, result: ActivityEntry['result'], message: string): void;
  /** Runs one write and records how it went. */
  track<T>(action: string, target: string, write: () => Promise<T>, okMessage: (result: T) => string): Promise<T>;
}

const EntrySchema = v.object({
  id: v.string(),
  at: v.string(),
  action: v.string(),
  target: v.string(),
  result: v.picklist(['ok', 'error', 'pending']),
  message: v.string(),
});

export function createActivityLog(deps: { store: Store; state: StatePort<'activity'>; timers: Timers }): ActivityLog {
  let profileId: string | null = null;

  function save(entries: ActivityEntry[]): void {
    if (profileId !== null) deps.store.set(storeKeys.activity(profileId), entries);
    deps.state.set({ activity: entries });
  }

  const log: ActivityLog = {
    load(next) {
      profileId = next;
      const stored = profileId === null ? undefined : deps.store.get<unknown>(storeKeys.activity(profileId));
      const parsed = v.safeParse(v.array(EntrySchema), stored);
      deps.state.set({ activity: parsed.success ? parsed.output.slice(0, ACTIVITY_LIMIT) : [] });
    },

    add(entry) {
      const id = randomUUID();
      const full: ActivityEntry = {
        id,
        at: deps.timers.now().toISOString(),
        ...entry,
        target: redactSecrets(entry.target),
        message: redactSecrets(entry.message),
      };
      save([full, ...deps.state.get().activity].slice(0, ACTIVITY_LIMIT));
      return id;
    },

    settle(id, result, message) {
      const entries = deps.state.get().activity;
      if (!entries.some((e) => e.id === id)) return;
      save(entries.map((e) => (e.id === id ? { ...e, result, message: redactSecrets(message) } : e)));
    },

    async track(action, target, write, okMessage) {
      try {
        const result = await write();
        log.add({ action, target, result: 'ok', message: okMessage(result) });
        return result;
      } catch (error) {
        log.add({ action, target, result: 'error', message: redactedError(error).message });
        throw error;
      }
    },
  };
  return log;
}
