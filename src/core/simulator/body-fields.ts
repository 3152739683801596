// Reading fields of a JSON request body the way the API does: a 400 naming the field for
// anything missing or of the wrong kind.
import * as v from 'valibot';
import { DomainNameSchema } from '@shared/api-inputs';
import { invalid } from './failures';

export type Body = Record<string, unknown>;

/** The body as an object; a request without one counts as {}. */
export function objectBody(body: unknown): Body {
  if (body === undefined) return {};
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw invalid('The request body must be a JSON object.');
  return body as Body;
}

export function has(body: Body, field: string): boolean {
  return body[field] !== undefined;
}

export function requiredText(body: Body, field: string): string {
  const value = optionalText(body, field);
  if (value === undefined || value === '') throw invalid(`The ${field} field is required.`, field);
  return value;
}

/** Trimmed text, or undefined when the field is absent. */
export function optionalText(body: Body, field: string): string | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw invalid(`The ${field} field must be text.`, field);
  return value.trim();
}

export function requiredInt(body: Body, field: string): number {
  const value = optionalInt(body, field);
  if (value === undefined) throw invalid(`The ${field} field is required.`, field);
  return value;
}

export function optionalInt(body: Body, field: string): number | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value)) throw invalid(`The ${field} field must be a whole number.`, field);
  return value;
}

export function requiredBool(body: Body, field: string): boolean {
  const value = optionalBool(body, field);
  if (value === undefined) throw invalid(`The ${field} field is required.`, field);
  return value;
}

export function optionalBool(body: Body, field: string): boolean | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw invalid(`The ${field} field must be true or false.`, field);
  return value;
}

export function optionalHostList(body: Body, field: string): string[] | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string' || item.trim() === '')) {
    throw invalid(`The ${field} field must be a list of host names.`, field);
  }
  return value.map((item: string) => item.trim().toLowerCase());
}

/** A domain name, lower-cased. */
export function requiredDomainName(body: Body, field: string): string {
  const raw = requiredText(body, field);
  const parsed = v.safeParse(DomainNameSchema, raw);
  if (!parsed.success) throw invalid(`"${raw}" is not a valid domain name; enter one like example.com.`, field);
  return parsed.output;
}
