// Short-lived messages about what the user just did: "Copied 203.0.113.10", or the AppError
// sentence when a command failed. Errors stay longer, so there is time to read what to do.
import type { AppError } from '@shared/errors';

export interface Toast {
  id: number;
  level: 'info' | 'error';
  message: string;
}

const INFO_MS = 4000;
const ERROR_MS = 12_000;

class Toasts {
  list = $state<Toast[]>([]);
  #next = 1;

  info(message: string): void {
    const id = this.#push('info', message);
    setTimeout(() => this.dismiss(id), INFO_MS);
  }

  error(error: AppError): void {
    const id = this.#push('error', error.message);
    setTimeout(() => this.dismiss(id), ERROR_MS);
  }

  dismiss(id: number): void {
    this.list = this.list.filter((t) => t.id !== id);
  }

  #push(level: Toast['level'], message: string): number {
    const id = this.#next++;
    // The same sentence twice in a row is one toast.
    this.list = [...this.list.filter((t) => t.message !== message), { id, level, message }].slice(-4);
    return id;
  }
}

export const toasts = new Toasts();
