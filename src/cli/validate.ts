// Client-side checks with the app's own rules (src/shared), before anything is sent. A problem
// is a usage error that names the option to fix.
import * as v from 'valibot';
import { validatePatch, validateRecord, type FieldError, type RecordDraft, type RecordField, type RecordPatchDraft } from '@shared/dns-validation';
import { UsageError } from './usage-error';

/** The schema's output; otherwise a usage error naming the option behind the first problem. */
export function checkInput<const TSchema extends v.GenericSchema>(
  schema: TSchema,
  input: unknown,
  options: Record<string, string>,
): v.InferOutput<TSchema> {
  const parsed = v.safeParse(schema, input);
  if (parsed.success) return parsed.output;
  const [issue] = parsed.issues;
  const key = issue.path?.[0]?.key;
  const option = typeof key === 'string' ? (options[key] ?? `--${key}`) : undefined;
  throw new UsageError(option === undefined ? issue.message : `${option}: ${issue.message}`);
}

const RECORD_OPTIONS: Record<RecordField, string> = {
  record_type: '--type',
  name: '--name',
  value: '--value',
  ttl: '--ttl',
  priority: '--priority',
};

function throwFirst([first]: FieldError[]): void {
  if (first) throw new UsageError(`${RECORD_OPTIONS[first.field]}: ${first.message}`);
}

/** The shared per-type DNS rules (an MX record needs a priority, an A value is an IPv4 address, …). */
export function checkRecord(record: RecordDraft): void {
  throwFirst(validateRecord(record));
}

/** The same rules for a change, naming only options that were given (`current` null: the record could not be read). */
export function checkRecordPatch(current: RecordDraft | null, patch: RecordPatchDraft): void {
  throwFirst(validatePatch(current, patch));
}

/** The object without its undefined entries, so "was anything given?" can be asked of its keys. */
export function definedOnly<T extends Record<string, unknown>>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/** A usage error unless at least one of the options was given. */
export function requireSome(input: Record<string, unknown>, options: string): void {
  if (Object.keys(input).length === 0) throw new UsageError(`give at least one of ${options}`);
}
