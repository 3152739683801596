// The details the window is looking at, as main publishes them in AppState.details: one zone with
// its records, one domain's registrar details, one record being edited, every record (of one
// type), the account behind the token. The window says which (the watchDetails command) and reads
// them from the state; main fetches, refreshes and drops them. Each names its account when it is
// not the active one, so the same zone id of two accounts is two entries.
import * as v from 'valibot';
import { ProfileIdSchema } from './profile-id';
import type { AccountMe, DnsRecord, DnsZoneDetail, DomainDetail } from './api-types';
import { DomainIdSchema, RecordTypeSchema, UuidSchema } from './api-inputs';
import type { AppError } from './errors';

const profileId = v.optional(ProfileIdSchema);

export const DetailTargetSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('zone'), zoneId: UuidSchema, profileId }),
  v.strictObject({ kind: v.literal('domain'), domainId: DomainIdSchema, profileId }),
  v.strictObject({ kind: v.literal('record'), recordId: UuidSchema, profileId }),
  v.strictObject({ kind: v.literal('records'), recordType: v.optional(RecordTypeSchema), profileId }),
  v.strictObject({ kind: v.literal('account'), profileId }),
]);

export type DetailTarget = v.InferOutput<typeof DetailTargetSchema>;
export type DetailKind = DetailTarget['kind'];

/** What each kind of target holds once fetched. */
export interface DetailValues {
  zone: DnsZoneDetail;
  domain: DomainDetail;
  record: DnsRecord;
  records: DnsRecord[];
  account: AccountMe;
}

/**
 * One watched item. `value` is kept while a refresh runs and when one fails, so a refresh never
 * flashes empty content; `error` is the last fetch's failure (with `status: 'not_found'` when
 * VPS.org no longer has the item).
 */
export type Detail = {
  [K in DetailKind]: {
    target: Extract<DetailTarget, { kind: K }>;
    status: 'loading' | 'ready' | 'error' | 'not_found';
    value: DetailValues[K] | null;
    error: AppError | null;
  };
}[DetailKind];

export type DetailOf<K extends DetailKind> = Extract<Detail, { target: { kind: K } }>;

function idOf(target: DetailTarget): string {
  switch (target.kind) {
    case 'zone':
      return target.zoneId;
    case 'domain':
      return String(target.domainId);
    case 'record':
      return target.recordId;
    case 'records':
      return target.recordType ?? '';
    case 'account':
      return '';
  }
}

/** The entry's key in AppState.details: its kind, its account (empty = the active one) and its id. */
export const detailKey = (target: DetailTarget): string => `${target.kind}:${target.profileId ?? ''}/${idOf(target)}`;

/** The published entry for this target, if main has one. */
export function detailOf<K extends DetailKind>(details: Record<string, Detail>, target: Extract<DetailTarget, { kind: K }>): DetailOf<K> | undefined {
  return details[detailKey(target)] as DetailOf<K> | undefined;
}
