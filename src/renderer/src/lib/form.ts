// Form input checked with the same valibot schemas main validates with, giving one message per
// field; an API `validation` error (AppError.field) lands at its field the same way.
import * as v from 'valibot';
import type { AppError } from '@shared/errors';

export type FieldErrors = Record<string, string>;

type Checked<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

export function check<S extends v.GenericSchema>(schema: S, input: unknown): Checked<v.InferOutput<S>> {
  const result = v.safeParse(schema, input);
  if (result.success) return { ok: true, value: result.output };
  const errors: FieldErrors = {};
  for (const issue of result.issues) {
    const field = issue.path?.map((p) => String(p.key)).join('.') ?? '';
    errors[field || 'form'] ??= issue.message;
  }
  return { ok: false, errors };
}

/** An AppError as field errors: at its field when the API named one of ours, else for the form. */
export function errorsFrom(error: AppError, fields: readonly string[]): FieldErrors {
  return error.field && fields.includes(error.field) ? { [error.field]: error.message } : { form: error.message };
}
