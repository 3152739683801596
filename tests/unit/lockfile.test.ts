// `npm ci` (the release workflow's install) refuses a lock that lacks any dependency it names,
// optional platform packages included, even those for other systems. `npm install` on one
// machine can write such a lock when the registry does not answer for a platform package, and
// nothing else notices until a clean install fails. This reads the lock the way npm resolves it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

interface LockEntry {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

/** Every `entry → name` the lock names but does not hold, resolved upwards as Node does. */
function missingFromLock(packages: Record<string, LockEntry>): string[] {
  const missing: string[] = [];
  for (const [at, entry] of Object.entries(packages)) {
    const names = new Set([
      ...Object.keys(entry.dependencies ?? {}),
      ...Object.keys(entry.optionalDependencies ?? {}),
      ...(at === '' ? Object.keys(entry.devDependencies ?? {}) : []),
    ]);
    for (const name of names) {
      if (!resolves(packages, at, name)) missing.push(`${at || '(root)'} → ${name}`);
    }
  }
  return missing;
}

function resolves(packages: Record<string, LockEntry>, at: string, name: string): boolean {
  let dir = at;
  for (;;) {
    if (`${dir ? `${dir}/` : ''}node_modules/${name}` in packages) return true;
    if (dir === '') return false;
    const parent = dir.lastIndexOf('/node_modules/');
    dir = parent === -1 ? '' : dir.slice(0, parent);
  }
}

describe('package-lock.json', () => {
  const lock = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '..', '..', 'package-lock.json'), 'utf8')) as {
    packages: Record<string, LockEntry>;
  };

  it('holds every package it names, so `npm ci` accepts it', () => {
    expect(missingFromLock(lock.packages)).toEqual([]);
  });

  it('reports a platform package the registry did not give', () => {
    const packages = {
      '': { devDependencies: { tool: '1' } },
      'node_modules/tool': { optionalDependencies: { 'tool-linux-x64': '1', 'tool-win32-x64': '1' } },
      'node_modules/tool-linux-x64': {},
    };
    expect(missingFromLock(packages)).toEqual(['node_modules/tool → tool-win32-x64']);
  });

  it('finds a nested copy before the hoisted one', () => {
    const packages = {
      '': { dependencies: { a: '1' } },
      'node_modules/a': { dependencies: { b: '2' } },
      'node_modules/a/node_modules/b': {},
    };
    expect(missingFromLock(packages)).toEqual([]);
  });
});
