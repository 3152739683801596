// Banners the window shows until dismissed (AppState.notices). Each kind of notice has a fixed
// id, so saying the same thing twice shows it once.
import type { Notice } from '@shared/app-state';
import type { StateHolder } from './state-holder';

export const NOTICE_IDS = {
  storeRecovered: 'store-recovered',
  settingsReset: 'settings-reset',
  keychainUnavailable: 'keychain-unavailable',
  demoUnavailable: 'demo-unavailable',
} as const;

export interface Notices {
  add(notice: Notice): void;
  dismiss(id: string): void;
}

export function createNotices(state: StateHolder): Notices {
  return {
    add(notice) {
      const others = state.get().notices.filter((n) => n.id !== notice.id);
      state.set({ notices: [...others, notice] });
    },
    dismiss(id) {
      state.set({ notices: state.get().notices.filter((n) => n.id !== id) });
    },
  };
}
