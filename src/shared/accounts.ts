// Every connected account as one list, in the user's order of profiles: the active one from the
// state's top-level fields, the others from `otherAccounts`. The tray and the window render this,
// so neither has to know which account happens to be the active one.
import type { Domain, Server } from './api-types';
import type { AccountView, AppState, ProfileView } from './app-state';
import { m } from './i18n';

export interface LiveAccount extends AccountView {
  profile: ProfileView;
  active: boolean;
}

export function everyAccount(state: AppState): LiveAccount[] {
  return state.profiles.flatMap((profile): LiveAccount[] => {
    if (profile.id === state.session.profileId) {
      const { session, sync, servers, domains, renewalCosts, reminders, zones, pending, alerts, watched } = state;
      return [{ profileId: profile.id, profile, active: true, session, sync, servers, domains, renewalCosts, reminders, zones, pending, alerts, watched }];
    }
    const other = state.otherAccounts.find((a) => a.profileId === profile.id);
    return other ? [{ ...other, profile, active: false }] : [];
  });
}

/** How a list names an account: its profile's name, or "Demo", which must never pass for a real account. */
export const accountName = (profile: ProfileView): string => (profile.demo ? m.profile_demo() : profile.name);

/** An item with the account it belongs to, for lists that mix accounts. */
export interface Owned<T> {
  profileId: string;
  item: T;
}

export function everyServer(state: AppState): Owned<Server>[] {
  return everyAccount(state).flatMap((a) => a.servers.map((item) => ({ profileId: a.profileId, item })));
}

export function everyDomain(state: AppState): Owned<Domain>[] {
  return everyAccount(state).flatMap((a) => a.domains.map((item) => ({ profileId: a.profileId, item })));
}
