// One handler per operation of the shared operations table; the type makes a missing one a
// compile error.
import type { OperationId } from '@shared/operations';
import { accountMe } from './account-handlers';
import * as dns from './dns-handlers';
import * as domains from './domains-handlers';
import type { Handler } from './handler-types';
import * as servers from './servers-handlers';

export const OPERATION_HANDLERS: Record<OperationId, Handler> = {
  'account.me': accountMe,
  'servers.list': servers.listServers,
  'servers.create': servers.createServer,
  'servers.get': servers.getServer,
  'servers.replace': servers.replaceServer,
  'servers.update': servers.updateServer,
  'servers.delete': servers.deleteServer,
  'servers.start': servers.startServer,
  'servers.stop': servers.stopServer,
  'servers.reboot': servers.rebootServer,
  'domains.list': domains.listDomains,
  'domains.register': domains.registerDomain,
  'domains.get': domains.getDomain,
  'domains.update': domains.updateDomain,
  'domains.remove': domains.removeDomain,
  'domains.transfer': domains.transferDomain,
  'dns.zones.list': dns.listZones,
  'dns.zones.get': dns.getZone,
  'dns.zones.create': dns.createZone,
  'dns.zones.delete': dns.deleteZone,
  'dns.records.listInZone': dns.listZoneRecords,
  'dns.records.createInZone': dns.createZoneRecord,
  'dns.records.list': dns.listRecords,
  'dns.records.get': dns.getRecord,
  'dns.records.replace': dns.replaceRecord,
  'dns.records.update': dns.updateRecord,
  'dns.records.delete': dns.deleteRecord,
};
