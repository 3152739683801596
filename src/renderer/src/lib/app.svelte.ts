// The window's own state: the AppState main pushes (kept whole, never derived here), which view
// is open, what is selected in each view, and whether the palette is open.
import type { AppState, View } from '@shared/app-state';
import type { AppError } from '@shared/errors';
import type { VpsApi, WindowTarget } from '@shared/ipc-contract';

export interface Selection {
  servers: number | null;
  domains: number | null;
  dns: string | null;
}

/** The account of each view's selected item, by profile id; null: the active account. */
export type Owners = Record<keyof Selection, string | null>;

class Ui {
  // raw: main replaces the state whole on every change, and thousands of rows must not be
  // wrapped in deep proxies.
  state = $state.raw<AppState | null>(null);
  loadError = $state<AppError | null>(null);
  view = $state<View>('servers');
  selected = $state<Selection>({ servers: null, domains: null, dns: null });
  owners = $state<Owners>({ servers: null, domains: null, dns: null });
  paletteOpen = $state(false);
  /** The account the lists show, by profile id; null: every connected account (lib/scope.ts). */
  scope = $state<string | null>(null);
  /** The view whose create dialog is open (new server, register domain, new zone), if any. */
  creating = $state<'servers' | 'domains' | 'dns' | null>(null);
  /** The item whose details were just left: its list puts the focus back on its row. */
  returnTo = $state.raw<{ view: View; id: number | string; profileId: string | null } | null>(null);

  /** `profileId`: the item's account when it is not the active one (its details open in place). */
  open(view: View, id?: number | string | null, profileId: string | null = null): void {
    if (id === null && (view === 'servers' || view === 'domains' || view === 'dns')) {
      const left = this.selected[view];
      if (left !== null) this.returnTo = { view, id: left, profileId: this.owners[view] };
    }
    this.view = view;
    if (id === undefined || (view !== 'servers' && view !== 'domains' && view !== 'dns')) return;
    this.owners[view] = id === null ? null : profileId;
    if (view === 'dns') this.selected.dns = id === null ? null : String(id);
    else this.selected[view] = typeof id === 'number' ? id : id === null ? null : Number(id);
  }
}

export const ui = new Ui();

/**
 * Loads the state once and follows main's events; returns the unsubscribe. `navigate` opens
 * where main says (lib/scope.ts openTarget, which knows the accounts).
 */
export function connect(api: VpsApi, navigate: (target: WindowTarget) => void): () => void {
  const offState = api.onState((state) => {
    ui.state = state;
  });
  const offNavigate = api.onNavigate(navigate);
  void api.getState().then((result) => {
    if (result.ok) ui.state ??= result.value;
    else ui.loadError = result.error;
  });
  return () => {
    offState();
    offNavigate();
  };
}
