// Start at login on Linux: an XDG autostart entry (~/.config/autostart/vps-tray.desktop), which
// GNOME, KDE, Xfce and most other desktops honour. macOS and Windows use Electron's
// app.setLoginItemSettings instead (src/main/shell/electron-desktop.ts).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const AUTOSTART_FILE = 'vps-tray.desktop';

export function autostartPath(env: NodeJS.ProcessEnv = process.env): string {
  const configHome = env.XDG_CONFIG_HOME || path.join(os.homedir(), '.config');
  return path.join(configHome, 'autostart', AUTOSTART_FILE);
}

/** Quotes an Exec argument per the Desktop Entry spec. */
function quoteArg(arg: string): string {
  return /^[A-Za-z0-9_./=-]+$/.test(arg) ? arg : `"${arg.replace(/(["`$\\])/g, '\\$1')}"`;
}

export function desktopEntry(command: string[]): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=VPS Tray',
    'Comment=Servers, domains and DNS at VPS.org, from the system tray',
    `Exec=${command.map(quoteArg).join(' ')}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

export function setXdgAutostart(enabled: boolean, command: string[], file: string = autostartPath()): void {
  if (!enabled) {
    rmSync(file, { force: true });
    return;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, desktopEntry(command), { mode: 0o644 });
}
