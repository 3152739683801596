// Domain-expiry reminders in the main process: runs the pure engine over the domains of the
// active profile and keeps its ledger and marks in the Store, so a notice given once is never
// given again, across restarts. The ledger is saved before anyone is notified: a crash in
// between loses a notice rather than repeating one.
//
// Callers pass the complete domain list of a successful refresh: a domain missing from it counts
// as removed from the account and leaves the ledger.
import * as v from 'valibot';
import type { Domain } from '@shared/api-types';
import type { ReminderView } from '@shared/app-state';
import { VpsError, appError } from '@shared/errors';
import { m } from '@shared/i18n';
import { expiryDateKey } from '@shared/expiry';
import {
  emptyLedger,
  emptyMarks,
  evaluateReminders,
  type ReminderLedger,
  type ReminderMarks,
  type ReminderNotice,
  type ReminderResult,
} from '@shared/reminders';
import type { Settings } from '@shared/settings';
import { storeKeys, type Store } from '../store/store';

const DAY_MS = 86_400_000;

export interface ReminderService {
  /** Evaluates, saves the ledger and marks, and calls notify once per grouped notice. */
  check(domains: Domain[]): ReminderView[];
  /** Evaluates without notifying or saving anything. */
  views(domains: Domain[]): ReminderView[];
  snooze(domainId: number, days: 1 | 7): void;
  /** Handled lasts for the domain's current expiry date; a renewal clears it. */
  markHandled(domainId: number, domains: Domain[]): void;
}

export interface ReminderServiceDeps {
  store: Store;
  profileId: () => string | null;
  settings: () => Settings;
  notify: (notice: ReminderNotice) => void;
  now?: () => Date;
}

const LedgerSchema = v.object({ fired: v.record(v.string(), v.string()) });
const MarksSchema = v.object({
  snoozedUntil: v.record(v.string(), v.string()),
  handled: v.record(v.string(), v.string()),
});

// What the store holds may come from an older version or a hand-edited file: anything that does
// not fit starts over empty instead of failing every check.
function load<T>(store: Store, key: string, schema: v.GenericSchema<unknown, T>, empty: () => T): T {
  const parsed = v.safeParse(schema, store.get<unknown>(key));
  return parsed.success ? parsed.output : empty();
}

function needProfile(profileId: string | null): string {
  if (profileId === null) throw new VpsError(appError('invalid_input', m.reminders_no_profile()));
  return profileId;
}

export function createReminderService(deps: ReminderServiceDeps): ReminderService {
  const now = deps.now ?? (() => new Date());

  const ledgerOf = (profileId: string | null): ReminderLedger =>
    profileId === null ? emptyLedger() : load(deps.store, storeKeys.ledger(profileId), LedgerSchema, emptyLedger);
  const marksOf = (profileId: string | null): ReminderMarks =>
    profileId === null ? emptyMarks() : load(deps.store, storeKeys.snoozes(profileId), MarksSchema, emptyMarks);

  function evaluate(profileId: string | null, domains: Domain[]): ReminderResult {
    return evaluateReminders({
      domains,
      now: now(),
      settings: deps.settings().reminders,
      ledger: ledgerOf(profileId),
      marks: marksOf(profileId),
    });
  }

  return {
    check(domains) {
      const profileId = deps.profileId();
      const result = evaluate(profileId, domains);
      if (profileId === null) return result.views;
      deps.store.set(storeKeys.ledger(profileId), result.ledger);
      deps.store.set(storeKeys.snoozes(profileId), result.marks);
      for (const notice of result.notices) deps.notify(notice);
      return result.views;
    },

    views(domains) {
      return evaluate(deps.profileId(), domains).views;
    },

    snooze(domainId, days) {
      const profileId = needProfile(deps.profileId());
      const marks = marksOf(profileId);
      marks.snoozedUntil[domainId] = new Date(now().getTime() + days * DAY_MS).toISOString();
      deps.store.set(storeKeys.snoozes(profileId), marks);
    },

    markHandled(domainId, domains) {
      const profileId = needProfile(deps.profileId());
      const domain = domains.find((d) => d.id === domainId);
      if (!domain) throw new VpsError(appError('not_found', m.reminders_domain_gone()));
      const marks = marksOf(profileId);
      marks.handled[domainId] = expiryDateKey(domain.expiration_date);
      deps.store.set(storeKeys.snoozes(profileId), marks);
    },
  };
}
