// Runs a command with a real, private OS keychain. On Linux: a private D-Bus session with
// gnome-keyring's Secret Service, unlocked with a throwaway password, in a temporary HOME, so
// tests never touch the developer's own keyring. On macOS and Windows the OS keychain is
// always there and the command runs as is.
//
//   node scripts/with-keyring.mjs <command> [args...]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('usage: node scripts/with-keyring.mjs <command> [args...]');
  process.exit(2);
}

function run() {
  if (process.platform !== 'linux' || process.env.VPS_KEYRING_READY) {
    return spawnSync(command, args, { stdio: 'inherit' });
  }
  const home = mkdtempSync(path.join(os.tmpdir(), 'vps-keyring-'));
  const env = {
    ...process.env,
    HOME: home,
    XDG_RUNTIME_DIR: home,
    XDG_DATA_HOME: path.join(home, '.local', 'share'),
    XDG_CONFIG_HOME: path.join(home, '.config'),
    VPS_KEYRING_READY: '1',
  };
  // gnome-keyring-daemon prints the variables it sets; they are not needed because the
  // Secret Service is found through the session bus.
  const script = 'printf "vps-tray-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"';
  try {
    return spawnSync('dbus-run-session', ['--', 'sh', '-c', script, 'sh', command, ...args], { stdio: 'inherit', env });
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

const result = run();
if (result.error) {
  console.error(`could not start ${command}: ${result.error.message}`);
  process.exit(1);
}
process.exit(result.status ?? 1);
