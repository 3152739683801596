import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { autostartPath, desktopEntry, setXdgAutostart } from './xdg-autostart';

describe('XDG autostart', () => {
  it('writes an entry that starts the app, and removes it again', () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'autostart-')), 'autostart', 'vps-tray.desktop');
    setXdgAutostart(true, ['/opt/VPS Tray/vps-tray', '--hidden'], file);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('[Desktop Entry]');
    expect(text).toContain('Exec="/opt/VPS Tray/vps-tray" --hidden');
    setXdgAutostart(false, [], file);
    expect(existsSync(file)).toBe(false);
  });

  it('follows XDG_CONFIG_HOME and escapes shell-special characters', () => {
    expect(autostartPath({ XDG_CONFIG_HOME: '/x/cfg' })).toBe('/x/cfg/autostart/vps-tray.desktop');
    expect(desktopEntry(['/a/b$c'])).toContain('Exec="/a/b\\$c"');
  });
});
