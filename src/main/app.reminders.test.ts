// Domain-expiry reminders end to end: the app core against the simulator's demo domains
// (expiring in 3, 10, 25, 60 and 400 days, one expired 2 days ago; 10 and 60 on auto-renew),
// across a restart and days passing on the simulator's clock.
import { afterEach, describe, expect, it } from 'vitest';
import type { AppNotification } from '../core/services/app-notification';
import { createHarness, signIn, type Harness } from './testing/app-harness';

const DAY = 86_400_000;

let h: Harness;
afterEach(async () => {
  await h.close();
});

const reminders = (notifications: AppNotification[]) => notifications.filter((n) => n.target?.view === 'domains');

describe('domain-expiry reminders against the demo domains', () => {
  it('notify once per crossed threshold, never again after a restart, and again only when days pass', async () => {
    h = await createHarness();
    await h.app.start();
    await signIn(h);

    const first = reminders(h.desktop.notifications);
    // Only the tightest threshold each domain has crossed: 3 days → the 7-day reminder,
    // 25 days → the 30-day one, and the expired domain; the auto-renew ones are not due yet.
    expect(first.map((n) => n.title).sort()).toEqual(['acme-labs.dev expires in 25 days', 'acme-promo.org has expired', 'acme-shop.com expires in 3 days']);
    const shop = h.app.state().domains.find((d) => d.domain_name === 'acme-shop.com')!;
    expect(first.find((n) => n.title.startsWith('acme-shop.com'))?.target).toEqual({ view: 'domains', id: shop.id });

    // A restart and a refresh: the ledger survived, nothing repeats.
    await h.app.stop();
    const restarted = h.restart();
    await restarted.start();
    await restarted.handlers.refresh(undefined);
    expect(reminders(h.desktop.notifications)).toHaveLength(first.length);

    // Four days on: acme-api.io (auto-renew) is inside 7 days and gets its one "will renew"
    // notice; acme-shop.com has expired. Both cross in the same check.
    h.clock.advance(4 * DAY);
    await restarted.handlers.refresh(undefined);
    const later = reminders(h.desktop.notifications).slice(first.length).map((n) => n.title);
    expect(later.sort()).toEqual([expect.stringMatching(/^acme-api\.io will renew on /), 'acme-shop.com has expired']);

    // The tray and window see the same reminders: the expired and due ones need attention.
    const states = Object.fromEntries(restarted.state().reminders.map((r) => [r.domainName, r.state]));
    expect(states).toMatchObject({ 'acme-shop.com': 'expired', 'acme-promo.org': 'expired', 'acme-labs.dev': 'due', 'acme-corp.net': 'ok' });
  });
});
