// Domains: the list (every refresh), the writes, and what follows from the list: reminder
// views, the renewal costs, the reminder check, and the calendar export.
import type {
  Domain,
  DomainRegisterInput,
  DomainRegistered,
  DomainTransferInput,
  DomainTransferStarted,
  DomainUpdateInput,
  DomainUpdated,
} from '@shared/api-types';
import { formatDay } from '@shared/format';
import { m } from '@shared/i18n';
import { buildCalendar, calendarAlarmDays } from '@shared/ics';
import { renewalCosts } from '@shared/pricing';
import type { ActivityLog } from './activity';
import type { DomainSnapshot } from './alert-ledger';
import type { ApiGate } from './api-gate';
import type { ReminderService } from './reminders';
import type { SettingsService } from './settings';
import type { StatePort } from './state-holder';
import type { Timers } from './timers';

export interface DomainsService {
  refreshList(): Promise<void>;
  /** Runs the reminder check (which may notify) over the last complete list. */
  checkReminders(): void;
  /** Shows another profile's cached list; null = nothing known yet. */
  load(domains: Domain[] | null): void;
  /** Recomputes reminder views and costs without notifying (the settings changed). */
  recompute(): void;
  register(input: DomainRegisterInput): Promise<DomainRegistered>;
  update(domainId: number, input: DomainUpdateInput): Promise<DomainUpdated>;
  remove(domainId: number): Promise<void>;
  transfer(domainId: number, input: DomainTransferInput): Promise<DomainTransferStarted>;
  snooze(domainId: number, days: 1 | 7): void;
  markHandled(domainId: number): void;
  /** The iCalendar text of every domain's expiry, with an alarm at the widest reminder threshold. */
  calendar(): string;
}

export interface DomainsDeps {
  gate: ApiGate;
  /** The active account's state, or another account's slice of it (src/core/services/accounts.ts). */
  state: StatePort<'domains' | 'renewalCosts' | 'reminders'>;
  activity: ActivityLog;
  reminders: ReminderService;
  settings: Pick<SettingsService, 'get'>;
  timers: Timers;
  /** Tells the alerts the settings this app just gave a domain: that change is not news. */
  expectChange: (domainId: number, change: DomainSnapshot) => void;
}

export function createDomainsService(deps: DomainsDeps): DomainsService {
  const { gate, state, activity, reminders } = deps;
  // The reminder ledger forgets domains missing from the list it is given, so it only ever sees
  // a complete list: one from a refresh or the cache, never "nothing fetched yet".
  let listKnown = false;

  const nameOf = (domainId: number): string => state.get().domains.find((d) => d.id === domainId)?.domain_name ?? m.domain_fallback({ id: domainId });

  function publishDomains(domains: Domain[]): void {
    state.set({ domains, renewalCosts: renewalCosts(domains, deps.timers.now()), reminders: reminders.views(domains) });
  }

  /** After a write the list is refreshed; a failure there must not turn a done write into an error (the next sync retries). */
  async function refreshQuietly(): Promise<void> {
    await service.refreshList().catch(() => undefined);
  }

  const service: DomainsService = {
    async refreshList() {
      if (!gate.allowed('domains.list')) return;
      const domains = await gate.run('domains.list', (client) => client.domains.list());
      listKnown = true;
      publishDomains(domains);
      service.checkReminders();
    },

    checkReminders() {
      if (!listKnown) return;
      state.set({ reminders: reminders.check(state.get().domains) });
    },

    load(domains) {
      listKnown = domains !== null;
      publishDomains(domains ?? []);
    },

    recompute() {
      publishDomains(state.get().domains);
    },

    async register(input) {
      const registered = await activity.track(
        m.activity_register_domain(),
        input.domain_name,
        () => gate.run('domains.register', (client) => client.domains.register(input)),
        (r) => r.message ?? m.activity_registered_until({ day: formatDay(r.expiration_date.slice(0, 10)) }),
      );
      // A registration is pending first; its becoming active is this app's doing too.
      deps.expectChange(registered.id, { status: 'active' });
      await refreshQuietly();
      return registered;
    },

    async update(domainId, input) {
      const updated = await activity.track(
        m.activity_update_domain(),
        nameOf(domainId),
        () => gate.run('domains.update', (client) => client.domains.update(domainId, input)),
        (r) => r.message ?? m.activity_settings_saved(),
      );
      deps.expectChange(domainId, input);
      await refreshQuietly();
      return updated;
    },

    async remove(domainId) {
      await activity.track(
        m.activity_remove_domain(),
        nameOf(domainId),
        () => gate.run('domains.remove', (client) => client.domains.remove(domainId)),
        () => m.activity_removed(),
      );
      publishDomains(state.get().domains.filter((d) => d.id !== domainId));
      await refreshQuietly();
    },

    async transfer(domainId, input) {
      const started = await activity.track(
        m.activity_transfer_domain(),
        nameOf(domainId),
        () => gate.run('domains.transfer', (client) => client.domains.transfer(domainId, input)),
        (r) => r.message ?? m.activity_transfer({ status: r.transfer_status }),
      );
      await refreshQuietly();
      return started;
    },

    snooze(domainId, days) {
      reminders.snooze(domainId, days);
      state.set({ reminders: reminders.views(state.get().domains) });
    },

    markHandled(domainId) {
      reminders.markHandled(domainId, state.get().domains);
      state.set({ reminders: reminders.views(state.get().domains) });
    },

    calendar() {
      const alarmDaysBefore = calendarAlarmDays(deps.settings.get().reminders.thresholds);
      return buildCalendar(state.get().domains, { alarmDaysBefore, now: deps.timers.now() });
    },
  };
  return service;
}
