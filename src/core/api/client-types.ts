// The shape of the VPS.org client every other part of the main process (and the CLI) codes
// against. src/core/api/client.ts builds it over one undici request core.
import type {
  AccountMe,
  DnsRecord,
  DnsRecordFilter,
  DnsRecordInput,
  DnsRecordPatchInput,
  DnsZone,
  DnsZoneDetail,
  Domain,
  DomainDetail,
  DomainListFilter,
  DomainRegisterInput,
  DomainRegistered,
  DomainTransferInput,
  DomainTransferStarted,
  DomainUpdateInput,
  DomainUpdated,
  PowerResult,
  Server,
  ServerCreateInput,
  ServerCreated,
  ServerDetail,
  ServerListFilter,
  ServerPatchInput,
  ServerReplaceInput,
} from '@shared/api-types';

/** Options every call takes. */
export interface CallOptions {
  signal?: AbortSignal;
}

/** One line per HTTP request, for `vps --verbose` and for counting requests. Never the token. */
export interface RequestLogEntry {
  method: string;
  path: string;
  status: number | null;
  ms: number;
  attempt: number;
}

export interface ClientOptions {
  /** Default https://admin.vps.org; https only, except the loopback addresses 127.0.0.1 and [::1]. */
  baseUrl?: string;
  /** Returns the bearer token for each request; the client never stores or logs it. */
  token: () => string | Promise<string>;
  connectTimeoutMs?: number;
  headersTimeoutMs?: number;
  bodyTimeoutMs?: number;
  /** One HTTP request from its start to the last byte of the body; a server that trickles its body cannot hold it open. Default 60 s. */
  deadlineMs?: number;
  /** A response body larger than this is cut off with a `bad_response` error. Default 8 MiB. */
  maxBodyBytes?: number;
  /** GET retries on network errors, 429, 502, 503, 504. Default 3. */
  maxRetries?: number;
  /** Cap for one backoff or Retry-After wait. Default 30 s. */
  maxRetryDelayMs?: number;
  /** Requests in flight at once per client. Default 6. */
  concurrency?: number;
  onRequest?: (entry: RequestLogEntry) => void;
  /** Injectable for tests: how the client waits between retries. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export interface VpsClient {
  readonly baseUrl: string;
  account: {
    me(opts?: CallOptions): Promise<AccountMe>;
  };
  servers: {
    list(filter?: ServerListFilter, opts?: CallOptions): Promise<Server[]>;
    create(input: ServerCreateInput, opts?: CallOptions): Promise<ServerCreated>;
    get(id: number, opts?: CallOptions): Promise<ServerDetail>;
    replace(id: number, input: ServerReplaceInput, opts?: CallOptions): Promise<ServerDetail>;
    update(id: number, patch: ServerPatchInput, opts?: CallOptions): Promise<ServerDetail>;
    delete(id: number, opts?: CallOptions): Promise<void>;
    start(id: number, opts?: CallOptions): Promise<PowerResult>;
    stop(id: number, opts?: CallOptions): Promise<PowerResult>;
    reboot(id: number, opts?: CallOptions): Promise<PowerResult>;
  };
  domains: {
    list(filter?: DomainListFilter, opts?: CallOptions): Promise<Domain[]>;
    register(input: DomainRegisterInput, opts?: CallOptions): Promise<DomainRegistered>;
    get(id: number, opts?: CallOptions): Promise<DomainDetail>;
    update(id: number, input: DomainUpdateInput, opts?: CallOptions): Promise<DomainUpdated>;
    remove(id: number, opts?: CallOptions): Promise<void>;
    transfer(id: number, input: DomainTransferInput, opts?: CallOptions): Promise<DomainTransferStarted>;
  };
  dns: {
    zones: {
      list(filter?: { domain?: string }, opts?: CallOptions): Promise<DnsZone[]>;
      get(uuid: string, opts?: CallOptions): Promise<DnsZoneDetail>;
      create(domain: string, opts?: CallOptions): Promise<DnsZoneDetail>;
      delete(uuid: string, opts?: CallOptions): Promise<void>;
    };
    records: {
      listInZone(zoneUuid: string, opts?: CallOptions): Promise<DnsRecord[]>;
      createInZone(zoneUuid: string, input: DnsRecordInput, opts?: CallOptions): Promise<DnsRecord>;
      list(filter?: DnsRecordFilter, opts?: CallOptions): Promise<DnsRecord[]>;
      get(uuid: string, opts?: CallOptions): Promise<DnsRecord>;
      replace(uuid: string, input: DnsRecordInput, opts?: CallOptions): Promise<DnsRecord>;
      update(uuid: string, patch: DnsRecordPatchInput, opts?: CallOptions): Promise<DnsRecord>;
      delete(uuid: string, opts?: CallOptions): Promise<void>;
    };
  };
  /** Closes the undici Agent's sockets. */
  close(): Promise<void>;
}
