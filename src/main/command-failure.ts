// The one place where whatever a command threw becomes the error a person sees: an AppError
// keeps its kind, anything else gets a plain sentence (never a stack), and nothing that looks
// like a token leaves. The command handlers throw only these; the IPC dispatcher answers with
// them and the tray shows their message.
import type { AppError } from '@shared/errors';
import { redactedError } from '../core/api/redact';

export function commandFailure(error: unknown): AppError {
  return redactedError(error);
}
