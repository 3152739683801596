// Turns a failed valibot check into an AppError of kind `invalid_input` that names the field.
// Valibot's own default messages quote the value received; that value may be anything the
// window sent (a token pasted into the wrong field, say), so those messages are rebuilt from
// what was expected only.
import type * as v from 'valibot';
import { appError, type AppError } from '@shared/errors';

type Issue = v.BaseIssue<unknown>;

function fieldOf(issue: Issue): string | undefined {
  const keys = issue.path?.map((item) => String(item.key)) ?? [];
  return keys.length > 0 ? keys.join('.') : undefined;
}

function isDefaultMessage(issue: Issue): boolean {
  return issue.message.startsWith('Invalid ') && issue.message.endsWith(`eceived ${issue.received}`);
}

function sentence(issue: Issue, field: string | undefined): string {
  const subject = field === undefined ? 'The input' : `"${field}"`;
  if (!isDefaultMessage(issue)) return field === undefined ? issue.message : `${field}: ${issue.message}`;
  if (issue.expected === 'never') return `${subject} is not something this command accepts.`;
  if (issue.kind === 'schema' && issue.input === undefined) return `${subject} is missing.`;
  return issue.expected ? `${subject} is not valid: expected ${issue.expected}.` : `${subject} is not valid.`;
}

/** The first issue as an AppError; `field` is the dotted path to it, when there is one. */
export function invalidInput(issues: readonly [Issue, ...Issue[]]): AppError {
  const issue = issues[0];
  const field = fieldOf(issue);
  return appError('invalid_input', sentence(issue, field), field === undefined ? {} : { field });
}
