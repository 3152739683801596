// Installs the system packages a fresh Debian machine lacks, skipping what is already there.
// Runs under whatever Node the machine has (it is the npm `preinstall` hook), so it uses
// nothing but Node built-ins. On macOS and Windows there is nothing to install: keytar ships
// prebuilt binaries there and the OS keychain is always present.
//
//   node scripts/bootstrap.mjs build   packages needed to compile keytar
//   node scripts/bootstrap.mjs test    also a real Secret Service and Debian's Chromium
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const PACKAGES = {
  build: ['libsecret-1-dev', 'python3', 'make', 'g++', 'pkg-config'],
  test: ['gnome-keyring', 'dbus', 'dbus-daemon', 'libsecret-tools', 'chromium', 'fonts-dejavu-core'],
};

const mode = process.argv[2] ?? 'build';
const wanted = mode === 'test' ? [...PACKAGES.build, ...PACKAGES.test] : PACKAGES.build;

function isInstalled(pkg) {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.includes('install ok installed');
}

function main() {
  if (process.platform !== 'linux' || !existsSync('/usr/bin/apt-get')) return;
  const missing = wanted.filter((p) => !isInstalled(p));
  if (missing.length === 0) return;
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  console.log(`[bootstrap] installing Debian packages: ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    const run = (args) =>
      asRoot
        ? execFileSync(args[0], args.slice(1), { stdio: 'inherit', env })
        : execFileSync('sudo', ['-n', ...args], { stdio: 'inherit', env });
    run(['apt-get', 'update', '-qq']);
    run(['apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...missing]);
  } catch {
    console.error(
      `[bootstrap] could not install ${missing.join(' ')}.\n` +
        `Install them yourself (e.g. sudo apt-get install ${missing.join(' ')}) and run the command again.`,
    );
    process.exit(1);
  }
}

main();
