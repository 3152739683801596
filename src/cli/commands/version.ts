// What vps version (and vps --version) does: the version of the package it came in.
import { version } from '../../../package.json';
import type { CommandRun, LocalContext } from '../command-spec';

export const RUNS = {
  async version() {
    return { json: { version }, ids: [version], text: version };
  },
} satisfies Record<string, CommandRun<LocalContext>>;
