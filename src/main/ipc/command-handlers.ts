// One handler per command of the IPC contract (a missing one does not compile). The shell
// registers exactly these, behind the dispatcher; the tray runs them too. Whatever a handler
// throws leaves as a VpsError with a sentence a person understands (src/main/command-failure.ts).
import { isIpLiteral } from '@shared/dns-validation';
import { TOKEN_PAGE_URL } from '@shared/alerts';
import { VpsError, appError, toAppError } from '@shared/errors';
import { m } from '@shared/i18n';
import type { CommandHandlers } from '@shared/ipc-contract';
import { commandFailure } from '../command-failure';
import type { Desktop } from '../desktop';
import type { AlertMonitor } from '../../core/services/alert-monitor';
import type { AccountFleet } from '../../core/services/accounts';
import type { DetailsService } from '../../core/services/details';
import type { DnsService } from '../../core/services/dns';
import type { DomainsService } from '../../core/services/domains';
import type { Notices } from '../../core/services/notices';
import type { PowerService } from '../../core/services/power';
import type { ServersService } from '../../core/services/servers';
import type { SessionFlow } from '../../core/services/session-flow';
import type { SettingsService } from '../../core/services/settings';
import type { StateHolder } from '../../core/services/state-holder';
import type { SyncScheduler } from '../../core/services/sync';

export const CALENDAR_FILE_NAME = 'vps-domain-expiry.ics';

export interface CommandHandlerDeps {
  state: StateHolder;
  flow: SessionFlow;
  settings: SettingsService;
  notices: Notices;
  sync: SyncScheduler;
  /** The connected accounts beside the active one. */
  fleet: AccountFleet;
  servers: ServersService;
  power: PowerService;
  domains: DomainsService;
  dns: DnsService;
  /** The zone, domain, record and account details the window looks at. */
  details: DetailsService;
  alerts: AlertMonitor;
  desktop: Desktop;
}

export function createCommandHandlers(deps: CommandHandlerDeps): CommandHandlers {
  const { state, flow, servers, domains, dns, details, desktop, fleet } = deps;
  /**
   * A write made through the app shows in the details on screen before its command answers, with
   * no reload by hand. A write refused as not found (deleted elsewhere) shows that too; any other
   * refusal changed nothing.
   */
  async function shown<T>(write: Promise<T>): Promise<T> {
    let written: T;
    try {
      written = await write;
    } catch (error) {
      if (toAppError(error).kind === 'not_found') await details.refresh();
      throw error;
    }
    await details.refresh();
    return written;
  }
  /** An item of another account than the active one: its actions go to that account. */
  const otherAccount = (profileId: string | undefined): profileId is string => profileId !== undefined && profileId !== state.get().session.profileId;
  /** The services of the item's account: the active one's, or that account's own. */
  const serversOf = (profileId: string | undefined): ServersService => (otherAccount(profileId) ? fleet.servers(profileId) : servers);
  const domainsOf = (profileId: string | undefined): DomainsService => (otherAccount(profileId) ? fleet.domains(profileId) : domains);
  const dnsOf = (profileId: string | undefined): DnsService => (otherAccount(profileId) ? fleet.dns(profileId) : dns);
  const powerOf = (profileId: string | undefined): PowerService => (otherAccount(profileId) ? fleet.power(profileId) : deps.power);
  const alertsOf = (profileId: string | undefined): AlertMonitor => (otherAccount(profileId) ? fleet.alerts(profileId) : deps.alerts);

  return guarded({
    getState: async () => state.get(),

    addToken: (input) => flow.addToken(input),
    removeToken: ({ profileId }) => flow.removeToken(profileId),
    startDemo: () => flow.startDemo(),
    switchProfile: ({ profileId }) => flow.switchProfile(profileId),
    renameProfile: async ({ profileId, name }) => flow.renameProfile(profileId, name),
    colourProfile: async ({ profileId, colour }) => flow.colourProfile(profileId, colour),
    removeProfile: ({ profileId }) => flow.removeProfile(profileId),
    moveProfile: async ({ profileId, offset }) => flow.moveProfile(profileId, offset),

    updateSettings: async (patch) => deps.settings.update(patch),
    refresh: async () => {
      // Each other account shows its own failure; this one answers for the active account.
      const [failure] = await Promise.all([deps.sync.refreshNow(), fleet.refreshAll()]);
      if (failure) throw new VpsError(failure);
    },
    dismissNotice: async ({ id }) => deps.notices.dismiss(id),
    copyIp: async ({ serverId, profileId }) => {
      const server = otherAccount(profileId)
        ? fleet.server(profileId, serverId)
        : (state.get().servers.find((s) => s.id === serverId) ?? (await servers.get(serverId)));
      if (!server) throw new VpsError(appError('not_found', m.copy_ip_server_gone({ id: serverId })));
      if (!server.ip_address) {
        throw new VpsError(appError('not_found', `${server.name} has no IP address yet. It gets one when it has finished setting up.`));
      }
      // Whatever the server sends here would be pasted into a terminal next: only an address is.
      if (!isIpLiteral(server.ip_address)) {
        throw new VpsError(appError('bad_response', m.copy_ip_not_ip({ name: server.name })));
      }
      await desktop.writeClipboard(server.ip_address);
      return server.ip_address;
    },
    openView: async (target) => {
      const clean = {
        view: target.view,
        ...(target.id === undefined ? {} : { id: target.id }),
        ...(otherAccount(target.profileId) ? { profileId: target.profileId } : {}),
      };
      // The shell reveals the window and tells the page where to go: one path for this,
      // notification clicks and tray items alike.
      desktop.showWindow(clean);
    },
    quit: async () => desktop.quit(),
    watchDetails: ({ targets }) => details.watch(targets),

    // The window looks at servers of one account at a time: every other account watches none.
    watchServers: async ({ serverIds, profileId }) => {
      const other = otherAccount(profileId);
      await Promise.all([servers.watch(other ? [] : serverIds), fleet.watch(other ? profileId : undefined, serverIds)]);
    },
    getServer: ({ serverId }) => servers.get(serverId),
    createServer: (input) => servers.create(input),
    replaceServer: ({ serverId, server, profileId }) => serversOf(profileId).replace(serverId, server),
    updateServer: ({ serverId, patch, profileId }) => serversOf(profileId).update(serverId, patch),
    deleteServer: ({ serverId, profileId }) => serversOf(profileId).delete(serverId),
    powerServer: ({ serverId, action, profileId }) => powerOf(profileId).run(serverId, action),

    registerDomain: (input) => domains.register(input),
    updateDomain: ({ domainId, settings, profileId }) => shown(domainsOf(profileId).update(domainId, settings)),
    removeDomain: ({ domainId, profileId }) => shown(domainsOf(profileId).remove(domainId)),
    transferDomain: ({ domainId, transfer, profileId }) => shown(domainsOf(profileId).transfer(domainId, transfer)),
    snoozeReminder: async ({ domainId, days, profileId }) => domainsOf(profileId).snooze(domainId, days),
    markReminderHandled: async ({ domainId, profileId }) => domainsOf(profileId).markHandled(domainId),
    exportCalendar: () => desktop.saveFile({ defaultName: CALENDAR_FILE_NAME, content: domains.calendar() }),

    snoozeAlert: async ({ alertId, days, profileId }) => alertsOf(profileId).snooze(alertId, days),
    markAlertHandled: async ({ alertId, profileId }) => alertsOf(profileId).markHandled(alertId ?? null),
    openTokenPage: async () => desktop.openExternal(TOKEN_PAGE_URL),
    async openLogFolder() {
      try {
        await desktop.openLogFolder();
      } catch (error) {
        throw new VpsError(appError('system', m.log_folder_failed({ reason: error instanceof Error ? error.message : String(error) })));
      }
    },

    listZones: (input) => dns.listZones(input?.domain),
    createZone: ({ domain }) => shown(dns.createZone(domain)),
    deleteZone: ({ zoneId, profileId }) => shown(dnsOf(profileId).deleteZone(zoneId)),
    createZoneRecord: ({ zoneId, record, profileId }) => shown(dnsOf(profileId).createZoneRecord(zoneId, record)),
    replaceRecord: ({ recordId, record, profileId }) => shown(dnsOf(profileId).replaceRecord(recordId, record)),
    updateRecord: ({ recordId, patch, profileId }) => shown(dnsOf(profileId).updateRecord(recordId, patch)),
    deleteRecord: ({ recordId, profileId }) => shown(dnsOf(profileId).deleteRecord(recordId)),
  });
}

/** Every failure as a VpsError, normalized by commandFailure. */
function guarded(handlers: CommandHandlers): CommandHandlers {
  const wrapped = Object.entries(handlers).map(([name, handler]) => [
    name,
    async (input: unknown) => {
      try {
        return await (handler as (input: unknown) => Promise<unknown>)(input);
      } catch (error) {
        throw new VpsError(commandFailure(error));
      }
    },
  ]);
  return Object.fromEntries(wrapped) as CommandHandlers;
}
