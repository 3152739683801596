// The one way to ask before something destructive: `confirm({...})` resolves true or false, and
// the ConfirmHost in App renders the request as a modal dialog.
export interface ConfirmRequest {
  title: string;
  message: string;
  confirmLabel: string;
  /** Paint the confirm button as destructive. */
  danger?: boolean;
  /** The user must type this exactly (a server's name) before confirming. */
  typeToConfirm?: string;
}

interface Pending extends ConfirmRequest {
  resolve: (confirmed: boolean) => void;
}

class ConfirmQueue {
  current = $state.raw<Pending | null>(null);

  ask(request: ConfirmRequest): Promise<boolean> {
    this.current?.resolve(false);
    return new Promise((resolve) => {
      this.current = { ...request, resolve };
    });
  }

  answer(confirmed: boolean): void {
    const pending = this.current;
    this.current = null;
    pending?.resolve(confirmed);
  }
}

export const confirmQueue = new ConfirmQueue();
export const confirm = (request: ConfirmRequest): Promise<boolean> => confirmQueue.ask(request);
