// Makes a <dialog> modal while it is mounted: the page behind is inert, Escape and a click on
// the backdrop call `onclose`, Tab wraps around inside it, and focus returns where it was.
import type { Action } from 'svelte/action';

const FOCUSABLE = 'button, input, select, textarea, a[href], [tabindex]:not([tabindex="-1"])';

export const modal: Action<HTMLDialogElement, () => void> = (dialog, onclose) => {
  let close = onclose;
  const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;

  const oncancel = (event: Event) => {
    event.preventDefault();
    close();
  };
  const onclick = (event: MouseEvent) => {
    if (event.target === dialog) close();
  };
  const onkeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Tab') return;
    const focusable = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !el.hasAttribute('disabled') && el.offsetParent !== null);
    const first = focusable[0];
    const last = focusable.at(-1);
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  dialog.addEventListener('cancel', oncancel);
  dialog.addEventListener('click', onclick);
  dialog.addEventListener('keydown', onkeydown);
  dialog.showModal();

  return {
    update(next) {
      close = next;
    },
    destroy() {
      dialog.removeEventListener('cancel', oncancel);
      dialog.removeEventListener('click', onclick);
      dialog.removeEventListener('keydown', onkeydown);
      dialog.close();
      if (returnTo?.isConnected) returnTo.focus();
    },
  };
};
