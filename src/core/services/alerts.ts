// The alerts beyond domain expiry for one profile (the active one, or another live beside it):
// it runs the pure rules over what the app (or `vps watch`) fetched, keeps the ledger and the
// feed in the Store, and returns what fired. Each call has saved the ledger and the feed before
// it returns, so whoever then notifies (a notification, a line of `vps watch`) cannot repeat an
// alert after a crash; at worst one is lost. Nothing fires on the first sight of an account.
import { randomUUID } from 'node:crypto';
import type { Domain, Server, ServerDetail } from '@shared/api-types';
import { DOMAIN_FIELDS, type Alert, type AlertView, type SettledStatus } from '@shared/alerts';
import { VpsError, appError } from '@shared/errors';
import { m } from '@shared/i18n';
import type { Settings } from '@shared/settings';
import type { Store } from '../store/store';
import { domainExpectationKey, expectation, liveExpectations, serverExpectationKey } from './alert-expectations';
import { addAlerts, createFeedLoader, feedViews, isSnoozed, markHandled, pruneSnoozes, saveFeed, snoozeSubject, type AlertFeed } from './alert-feed';
import { createLedgerLoader, saveAlertLedger, type AlertLedger, type DomainSnapshot, type Expectation } from './alert-ledger';
import { evaluateDomainChanges, normalizeNameservers } from './alert-domain-rules';
import { evaluateServerStates } from './alert-server-rules';
import { evaluateToken } from './alert-token-rules';
import { evaluateUsage, usageAlertsOn, usageReading } from './alert-usage-rules';
import { pickServers } from './usage-picker';

const DAY_MS = 86_400_000;

/** Whose alerts: the profile, and the API address its baseline describes. */
export interface AlertAccount {
  profileId: string;
  origin: string;
}

export interface TokenInfo {
  name: string;
  expiresAt: string | null;
}

/** What a refresh fetched; null for a list it did not fetch (no permission). */
export interface Seen {
  servers: Server[] | null;
  domains: Domain[] | null;
  token: TokenInfo | null;
}

export interface AlertService {
  /** Server-state, domain-change and token alerts from what was just fetched: no requests of its own. */
  observe(seen: Seen): Alert[];
  /** One usage round of at most USAGE_BUDGET detail requests; a server that fails waits for the next. */
  sampleUsage(input: { servers: Server[]; roundMs: number; fetchDetail: (serverId: number) => Promise<ServerDetail> }): Promise<Alert[]>;
  /** Details fetched for another reason (the window's rows, a details view) count as samples. */
  recordDetails(details: ServerDetail[]): Alert[];
  /** This app is about to change the server or domain: that change is not news. */
  expectServer(serverId: number, status: SettledStatus): void;
  /** The fields this app is setting (an update's input, or `status: 'active'` for a registration). */
  expectDomain(domainId: number, change: DomainSnapshot): void;
  views(): AlertView[];
  snooze(alertId: string, days: 1 | 7): void;
  /** One alert, or every open one when `alertId` is null. */
  markHandled(alertId: string | null): void;
}

export interface AlertServiceDeps {
  store: Store;
  account: () => AlertAccount | null;
  settings: () => Settings;
  now: () => Date;
  newId?: () => string;
}

interface Books {
  account: AlertAccount;
  ledger: AlertLedger;
  feed: AlertFeed;
}

export function createAlertService(deps: AlertServiceDeps): AlertService {
  const newId = deps.newId ?? randomUUID;
  const loadLedger = createLedgerLoader();
  const loadFeed = createFeedLoader();

  function open(): Books | null {
    const account = deps.account();
    if (account === null) return null;
    return { account, ledger: loadLedger(deps.store, account.profileId, account.origin), feed: loadFeed(deps.store, account.profileId) };
  }

  function needBooks(): Books {
    const books = open();
    if (books === null) throw new VpsError(appError('invalid_input', m.alert_no_account()));
    return books;
  }

  /** Saves what changed; what fired is only handed out after that. */
  function commit(books: Books, before: { ledger: string; feed: string }, fired: Alert[]): Alert[] {
    const feed = pruneSnoozes(addAlerts(books.feed, fired), deps.now());
    if (JSON.stringify(books.ledger) !== before.ledger) saveAlertLedger(deps.store, books.account.profileId, books.ledger);
    if (JSON.stringify(feed) !== before.feed) saveFeed(deps.store, books.account.profileId, feed);
    return fired;
  }

  function snapshot(books: Books): { ledger: string; feed: string } {
    return { ledger: JSON.stringify(books.ledger), feed: JSON.stringify(books.feed) };
  }

  const base = (subject: string) => ({ id: newId(), at: deps.now().toISOString(), subject });

  function observeInto(books: Books, seen: Seen): Alert[] {
    const now = deps.now();
    const settings = deps.settings().alerts;
    const snoozed = (key: string): boolean => isSnoozed(books.feed, key, now);
    const { ledger } = books;
    const fired: Alert[] = [];
    ledger.expected = liveExpectations(ledger.expected, now);

    if (seen.servers !== null) {
      const result = evaluateServerStates({
        baseline: ledger.servers,
        servers: seen.servers,
        expected: ledger.expected,
        silent: !settings.serverState,
        snoozed: (id) => snoozed(`server:${id}`),
      });
      ledger.servers = result.baseline;
      ledger.expected = result.expected;
      const listed = new Set(seen.servers.map((s) => String(s.id)));
      ledger.usage = Object.fromEntries(Object.entries(ledger.usage).filter(([id]) => listed.has(id)));
      for (const { server, from, to } of result.changes) {
        fired.push({ kind: 'server_state', serverId: server.id, from, to, ...base(server.name) });
      }
    }

    if (seen.domains !== null) {
      const result = evaluateDomainChanges({
        baseline: ledger.domains,
        domains: seen.domains,
        expected: ledger.expected,
        silent: !settings.domainChanges,
        snoozed: (id) => snoozed(`domain:${id}`),
      });
      ledger.domains = result.baseline;
      ledger.expected = result.expected;
      for (const { domain, field, from, to } of result.changes) {
        const name = domain.domain_name;
        fired.push({ kind: 'domain_change', domainId: domain.id, field, from, to, ...base(name) });
      }
    }

    if (seen.token !== null) {
      const { name, expiresAt } = seen.token;
      const result = evaluateToken({ track: ledger.token, expiresAt, now, silent: !settings.tokenExpiry, snoozed: snoozed('token') });
      ledger.token = result.track;
      if (result.fire && expiresAt !== null) {
        const { days } = result.fire;
        fired.push({ kind: 'token_expiry', days, expiresAt, ...base(name) });
      }
    }
    return fired;
  }

  /**
   * `round`: samples of the usage round, which stamp their time (the round picks the least
   * recently sampled). A sample fetched for the window that changes nothing else is not worth
   * writing the store for.
   */
  function sampleInto(books: Books, details: ServerDetail[], round: boolean): Alert[] {
    const now = deps.now();
    const at = now.toISOString();
    const settings = deps.settings().alerts;
    const fired: Alert[] = [];
    for (const detail of details) {
      const reading = usageReading(detail);
      if (reading === null) continue;
      const result = evaluateUsage({
        track: books.ledger.usage[String(detail.id)],
        reading,
        at,
        serverName: detail.name,
        settings,
        snoozed: (metric) => isSnoozed(books.feed, `usage:${detail.id}:${metric}`, now),
      });
      const previous = books.ledger.usage[String(detail.id)];
      const onlyTime = previous !== undefined && JSON.stringify({ ...result.track, sampledAt: previous.sampledAt }) === JSON.stringify(previous);
      if (round || !onlyTime) books.ledger.usage[String(detail.id)] = result.track;
      for (const crossing of result.crossings) fired.push({ kind: 'usage', serverId: detail.id, ...crossing, ...base(detail.name) });
    }
    return fired;
  }

  function expect(entries: Array<[string, Expectation['value']]>): void {
    const books = open();
    if (books === null) return;
    for (const [key, value] of entries) books.ledger.expected[key] = expectation(value, deps.now());
    saveAlertLedger(deps.store, books.account.profileId, books.ledger);
  }

  /** Opened after any requests: what the window recorded meanwhile is not overwritten. */
  function record(details: ServerDetail[], round: boolean): Alert[] {
    const books = open();
    if (books === null || details.length === 0) return [];
    const before = snapshot(books);
    return commit(books, before, sampleInto(books, details, round));
  }

  return {
    observe(seen) {
      const books = open();
      if (books === null) return [];
      const before = snapshot(books);
      return commit(books, before, observeInto(books, seen));
    },

    async sampleUsage({ servers, roundMs, fetchDetail }) {
      const chosen = open();
      if (chosen === null || !usageAlertsOn(deps.settings().alerts)) return [];
      const { usage } = chosen.ledger;
      const ids = pickServers({
        servers,
        watched: deps.settings().alerts.watchedServers,
        sampledAt: (id) => {
          const track = usage[String(id)];
          return track ? Date.parse(track.sampledAt) : null;
        },
        roundMs,
      });
      const results = await Promise.allSettled(ids.map((id) => fetchDetail(id)));
      return record(
        results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : [])),
        true,
      );
    },

    recordDetails: (details) => record(details, false),

    expectServer(serverId, status) {
      expect([[serverExpectationKey(serverId), status]]);
    },

    expectDomain(domainId, change) {
      expect(
        DOMAIN_FIELDS.flatMap((field): Array<[string, Expectation['value']]> => {
          const value = change[field];
          if (value === undefined) return [];
          return [[domainExpectationKey(domainId, field), Array.isArray(value) ? normalizeNameservers(value) : value]];
        }),
      );
    },

    views() {
      const account = deps.account();
      return account === null ? [] : feedViews(loadFeed(deps.store, account.profileId), deps.now());
    },

    snooze(alertId, days) {
      const books = needBooks();
      const feed = snoozeSubject(books.feed, alertId, new Date(deps.now().getTime() + days * DAY_MS));
      if (feed === null) throw new VpsError(appError('not_found', m.alert_gone()));
      saveFeed(deps.store, books.account.profileId, feed);
    },

    markHandled(alertId) {
      const books = needBooks();
      const feed = markHandled(books.feed, alertId, deps.now());
      if (feed === null) throw new VpsError(appError('not_found', m.alert_gone()));
      saveFeed(deps.store, books.account.profileId, feed);
    },
  };
}
