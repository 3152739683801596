// Profiles: one per VPS.org account (or API address) the user keeps side by side. A profile is
// only a name, an API address and a random id; its token is in the vault under that id and
// everything else it owns is in the store under profileKeys(id). No secret is ever kept here.
import { randomUUID } from 'node:crypto';
import * as v from 'valibot';
import type { ProfileView } from '@shared/app-state';
import { ACCOUNT_COLOURS, type AccountColour } from '@shared/account-colours';
import { VpsError, appError } from '@shared/errors';
import { m } from '@shared/i18n';
import { profileKeys, storeKeys, type Store } from '../store/store';
import type { Vault } from '../vault/vault';

export interface Profiles {
  list(): ProfileView[];
  get(profileId: string): ProfileView | undefined;
  create(input: { name: string; apiUrl: string; demo: boolean }): ProfileView;
  /** `colour: null` takes the account's colour away. */
  update(profileId: string, patch: { name?: string; apiUrl?: string; colour?: AccountColour | null }): ProfileView;
  /** One place earlier (-1) or later (1) in the user's order, which the tray and the window follow. */
  move(profileId: string, offset: -1 | 1): void;
  /** Removes the profile, its keychain entry and every store key it owns. */
  remove(profileId: string): Promise<void>;
  /** The stored active profile if it still exists, else the first profile, else null. */
  activeId(): string | null;
  setActive(profileId: string | null): void;
}

export const PROFILE_NAME_MAX = 80;

const ProfileSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1)),
  name: v.string(),
  apiUrl: v.string(),
  createdAt: v.string(),
  demo: v.boolean(),
  colour: v.optional(v.unknown()),
});

export function createProfiles(deps: { store: Store; vault: Vault; now?: () => Date; newId?: () => string }): Profiles {
  const { store, vault } = deps;
  const now = deps.now ?? (() => new Date());
  const newId = deps.newId ?? randomUUID;

  // A hand-edited or older store may hold anything: keep the entries that are profiles.
  function profilesIn(stored: unknown): ProfileView[] {
    if (!Array.isArray(stored)) return [];
    return stored.flatMap((entry) => {
      const parsed = v.safeParse(ProfileSchema, entry);
      if (!parsed.success) return [];
      // A colour this version does not know costs the profile its colour, never the profile.
      const { colour, ...profile } = parsed.output;
      return [ACCOUNT_COLOURS.includes(colour as AccountColour) ? { ...profile, colour: colour as AccountColour } : profile];
    });
  }

  const list = (): ProfileView[] => profilesIn(store.get<unknown>(storeKeys.profiles));

  /** Changes the list as it is on disk now: a `vps` or an app adding a profile at the same moment keeps its own. */
  function change(edit: (profiles: ProfileView[]) => ProfileView[]): void {
    store.update<unknown>(storeKeys.profiles, (stored) => edit(profilesIn(stored)));
  }

  function existing(profileId: string): ProfileView {
    const found = list().find((p) => p.id === profileId);
    if (!found) throw new VpsError(appError('invalid_input', m.session_no_profile()));
    return found;
  }

  return {
    list,

    get: (profileId) => list().find((p) => p.id === profileId),

    create(input) {
      const profile: ProfileView = {
        id: newId(),
        name: checkName(input.name),
        apiUrl: input.apiUrl,
        createdAt: now().toISOString(),
        demo: input.demo,
      };
      change((profiles) => [...profiles, profile]);
      return profile;
    },

    update(profileId, patch) {
      const updated: ProfileView = { ...existing(profileId) };
      if (patch.name !== undefined) updated.name = checkName(patch.name);
      if (patch.apiUrl !== undefined) updated.apiUrl = patch.apiUrl;
      if (patch.colour === null) delete updated.colour;
      else if (patch.colour !== undefined) updated.colour = patch.colour;
      change((profiles) => profiles.map((p) => (p.id === profileId ? updated : p)));
      return updated;
    },

    move(profileId, offset) {
      existing(profileId);
      change((profiles) => {
        const from = profiles.findIndex((p) => p.id === profileId);
        const to = from + offset;
        if (from < 0 || to < 0 || to >= profiles.length) return profiles;
        const moved = [...profiles];
        [moved[from], moved[to]] = [moved[to]!, moved[from]!];
        return moved;
      });
    },

    async remove(profileId) {
      existing(profileId);
      await vault.deleteToken(profileId);
      for (const key of profileKeys(profileId)) store.delete(key);
      change((profiles) => profiles.filter((p) => p.id !== profileId));
      const remaining = list();
      store.update<string | null>(storeKeys.activeProfile, (active) => (active === profileId ? (remaining[0]?.id ?? null) : active));
    },

    activeId() {
      const profiles = list();
      const stored = store.get<unknown>(storeKeys.activeProfile);
      const active = profiles.find((p) => p.id === stored);
      return (active ?? profiles[0])?.id ?? null;
    },

    setActive(profileId) {
      if (profileId !== null) existing(profileId);
      store.set(storeKeys.activeProfile, profileId);
    },
  };
}

function checkName(raw: string): string {
  const name = raw.trim();
  if (name === '') throw new VpsError(appError('invalid_input', m.profile_needs_name()));
  if (name.length > PROFILE_NAME_MAX) {
    throw new VpsError(appError('invalid_input', m.profile_name_long({ max: PROFILE_NAME_MAX })));
  }
  return name;
}
