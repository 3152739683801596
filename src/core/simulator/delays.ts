// Real-time waits for injected latency, all cancellable at once so close() never leaves a
// timer holding the process open.

export class Delays {
  private pending = new Map<ReturnType<typeof setTimeout>, () => void>();

  wait(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.pending.delete(timer);
        resolve();
      }, ms);
      this.pending.set(timer, resolve);
    });
  }

  /** Ends every wait now; whoever waited finds its socket gone and sends nothing. */
  cancelAll(): void {
    for (const [timer, resolve] of this.pending) {
      clearTimeout(timer);
      resolve();
    }
    this.pending.clear();
  }
}
