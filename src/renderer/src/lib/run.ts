// Calls a window.vps command and reports a failure as a toast, so every action tells the user
// what went wrong. Forms that show errors at their fields read the returned Result instead.
import { toAppError } from '@shared/errors';
import type { Result } from '@shared/ipc-contract';
import { toasts } from './toasts.svelte';

export async function settle<T>(call: Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await call;
  } catch (error) {
    return { ok: false, error: toAppError(error) };
  }
}

export async function run<T>(call: Promise<Result<T>>, success?: (value: T) => string): Promise<Result<T>> {
  const result = await settle(call);
  if (!result.ok) toasts.error(result.error);
  else if (success) toasts.info(success(result.value));
  return result;
}
