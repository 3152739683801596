import { describe, expect, it } from 'vitest';
import { HIDDEN_ARG, startsHidden } from './launch';

describe('startsHidden', () => {
  it('opens the window when a person starts the app', () => {
    expect(startsHidden(['/usr/bin/vps-tray'], false)).toBe(false);
  });

  it('stays in the tray when the login item starts it', () => {
    expect(startsHidden(['/usr/bin/vps-tray', HIDDEN_ARG], false)).toBe(true);
    expect(startsHidden(['/Applications/VPS Tray.app/Contents/MacOS/VPS Tray'], true)).toBe(true);
  });
});
