// Caps the requests one client has in flight, so a refresh of many resources cannot open
// dozens of sockets to VPS.org at once.

export interface Semaphore {
  /** Takes a free slot at once, if there is one: the common case costs no promise. */
  tryAcquire(): boolean;
  /** Resolves when a slot is free; rejects with the signal's reason if it aborts first. */
  acquire(signal?: AbortSignal): Promise<void>;
  release(): void;
}

interface Waiter {
  grant(): void;
}

export function createSemaphore(limit: number): Semaphore {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError('A semaphore needs a limit of at least 1.');
  let active = 0;
  const waiters: Waiter[] = [];

  return {
    tryAcquire() {
      if (active >= limit) return false;
      active++;
      return true;
    },
    acquire(signal) {
      // The caller's own abort reason, passed on unchanged as fetch does.
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
      if (signal?.aborted) return Promise.reject(signal.reason);
      if (active < limit) {
        active++;
        return Promise.resolve();
      }
      return new Promise<void>((resolve, reject) => {
        const onAbort = (): void => {
          waiters.splice(waiters.indexOf(waiter), 1);
          // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- the caller's abort reason, as above
          reject(signal?.reason);
        };
        const waiter: Waiter = {
          grant() {
            signal?.removeEventListener('abort', onAbort);
            resolve();
          },
        };
        waiters.push(waiter);
        signal?.addEventListener('abort', onAbort, { once: true });
      });
    },
    release() {
      const next = waiters.shift();
      // The slot passes straight to the next waiter, so `active` stays the same.
      if (next) next.grant();
      else active--;
    },
  };
}
