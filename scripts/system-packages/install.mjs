// Installs the Debian packages a fresh machine lacks, skipping what is already there.
//
// Why it is a package of its own: npm builds dependencies in phases (arborist `rebuild.js`):
// every dependency's `preinstall`, then every dependency's `install`, and the root package's
// scripts only after all of them. keytar compiles in its `install` script when it cannot
// download a prebuilt binary (offline), so `libsecret-1-dev` has to be there before that. As a
// dev dependency installed by copy (`install-links=true` in .npmrc), this package's
// `preinstall` runs in the first phase, with npm 10 and 11 alike.
//
// It runs under whatever Node the machine has and uses nothing but Node built-ins. Off
// Debian there is nothing to do: keytar ships prebuilt binaries for macOS and Windows, and
// their keychains are always there. Nothing is asked interactively: as root it calls apt-get,
// otherwise `sudo -n` (which fails instead of prompting).
//
//   node install.mjs build   packages needed to compile keytar (npm install)
//   node install.mjs test    also a real Secret Service, Debian's Chromium, zsh and fish (npm test)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const PACKAGES = {
  build: ['libsecret-1-dev', 'python3', 'make', 'g++', 'pkg-config'],
  // zsh and fish: the `vps completion` scripts are loaded in the real shells (bash is always there).
  test: ['gnome-keyring', 'dbus', 'dbus-daemon', 'libsecret-tools', 'chromium', 'fonts-dejavu-core', 'zsh', 'fish'],
};

const mode = process.argv[2] === 'test' ? 'test' : 'build';
const wanted = mode === 'test' ? [...PACKAGES.build, ...PACKAGES.test] : PACKAGES.build;

function isInstalled(pkg) {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.includes('install ok installed');
}

function main() {
  if (process.platform !== 'linux' || !existsSync('/usr/bin/apt-get') || !existsSync('/usr/bin/dpkg-query')) return 0;
  const missing = wanted.filter((p) => !isInstalled(p));
  if (missing.length === 0) return 0;
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  console.log(`[system-packages] installing Debian packages: ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const run = (args) =>
    asRoot
      ? execFileSync(args[0], args.slice(1), { stdio: 'inherit', env })
      : execFileSync('sudo', ['-n', ...args], { stdio: 'inherit', env });
  try {
    run(['apt-get', 'update', '-qq']);
    run(['apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...missing]);
    return 0;
  } catch {
    console.error(
      `[system-packages] could not install ${missing.join(' ')} (this needs root or password-less sudo).\n` +
        `Install them yourself: sudo apt-get install ${missing.join(' ')}`,
    );
    // During `npm install` keytar may still find a prebuilt binary online, so this is not yet
    // a failure; the tests cannot run without these packages.
    return mode === 'test' ? 1 : 0;
  }
}

process.exit(main());
