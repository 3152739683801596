// The --all-profiles option of the list commands, and what --help says about it.
import type { OptionSpec } from '../command-spec';

export const ALL_PROFILES_OPTION: Readonly<Record<'all-profiles', OptionSpec>> = { 'all-profiles': { type: 'boolean' } };

export const ALL_PROFILES_SUMMARY =
  "With --all-profiles, every saved profile's (each with its own token, at its own address; not the app's demo), with a PROFILE column, and \"profile\" in each --json item.";
