// macOS is out of the stand-in runtime's reach (it runs where the tests run), so its menu is
// checked here with Electron's Menu mocked.
import { describe, expect, it, vi } from 'vitest';

const setApplicationMenu = vi.fn();
vi.mock('electron', () => ({ Menu: { buildFromTemplate: (template: unknown) => ({ template }), setApplicationMenu } }));

const { setProductionMenu } = await import('./app-menu');

describe('the packaged app’s menu', () => {
  it('is the app menu and Edit on macOS, so copy and paste work, with no View menu (DevTools, Reload)', () => {
    setProductionMenu('darwin');
    expect(setApplicationMenu).toHaveBeenLastCalledWith({ template: [{ role: 'appMenu' }, { role: 'editMenu' }] });
  });

  it('is none on Windows and Linux', () => {
    for (const platform of ['win32', 'linux'] as const) {
      setProductionMenu(platform);
      expect(setApplicationMenu).toHaveBeenLastCalledWith(null);
    }
  });
});
