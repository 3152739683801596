// The tray's Electron side, with `electron` mocked: icons per platform and state, the menu
// template built from the pure menu model, and debounced rebuilds on state changes.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppState } from '@shared/app-state';
import type { TrayMenuItem } from '../tray/menu-model';

const electron = vi.hoisted(() => {
  class FakeTray {
    static last: FakeTray | null = null;
    menu: unknown = null;
    tooltip = '';
    images: string[] = [];
    title = '';
    handlers = new Map<string, () => void>();
    constructor(image: { path: string }) {
      this.images.push(image.path);
      FakeTray.last = this;
    }
    setContextMenu(menu: unknown) {
      this.menu = menu;
    }
    setToolTip(text: string) {
      this.tooltip = text;
    }
    setImage(image: { path: string }) {
      this.images.push(image.path);
    }
    setTitle(title: string) {
      this.title = title;
    }
    on(event: string, handler: () => void) {
      this.handlers.set(event, handler);
    }
    destroy() {}
  }
  return {
    FakeTray,
    Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })) },
    nativeImage: { createFromPath: (path: string) => ({ path }) },
  };
});

vi.mock('electron', () => ({ Tray: electron.FakeTray, Menu: electron.Menu, nativeImage: electron.nativeImage }));

const { createTray, toMenuTemplate, trayIconPath } = await import('./tray');
const { DEFAULT_SETTINGS } = await import('@shared/settings');
const { emptyState } = await import('@shared/app-state');

function state(overrides: Partial<AppState> = {}): AppState {
  const base = emptyState(DEFAULT_SETTINGS);
  return {
    ...base,
    session: { ...base.session, profileId: 'p1', hasToken: true, persisted: true, permissions: ['*:*'], status: 'valid' },
    sync: { ...base.sync, lastSuccessAt: new Date().toISOString() },
    ...overrides,
  };
}

describe('tray icons', () => {
  it('use template images on macOS, .ico on Windows and png on Linux', () => {
    expect(trayIconPath('/r', 'attention', 'darwin')).toBe('/r/tray/attentionTemplate.png');
    expect(trayIconPath('/r', 'offline', 'win32')).toBe('/r/tray/offline.ico');
    expect(trayIconPath('/r', 'normal', 'linux')).toBe('/r/tray/normal.png');
  });
});

describe('tray menu template', () => {
  it('maps separators, disabled items, submenus and commands', () => {
    const run = vi.fn();
    const items: TrayMenuItem[] = [
      { label: 'web-01', type: 'submenu', submenu: [{ label: 'Reboot', command: { kind: 'power', serverId: 7, action: 'reboot' } }] },
      { label: 'Start (needs servers:power)', enabled: false },
      { label: '', type: 'separator' },
      { label: 'Quit', command: { kind: 'quit' } },
    ];
    const template = toMenuTemplate(items, run);
    expect(template[1]).toEqual({ label: 'Start (needs servers:power)', enabled: false });
    expect(template[2]).toEqual({ type: 'separator' });
    const reboot = (template[0]!.submenu as Array<{ click: () => void }>)[0]!;
    reboot.click();
    expect(run).toHaveBeenCalledWith({ kind: 'power', serverId: 7, action: 'reboot' });
  });
});

describe('the tray', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('rebuilds once per burst of state changes, and swaps the icon when attention is needed', () => {
    let current = state();
    const tray = createTray({ resourcesDir: '/r', state: () => current, run: vi.fn(), onClick: vi.fn() });
    const fake = electron.FakeTray.last!;
    expect(electron.Menu.buildFromTemplate).toHaveBeenCalledTimes(1);
    expect(fake.tooltip).not.toBe('');

    current = state({ sync: { state: 'offline', lastSuccessAt: null, stale: true, lastError: null, nextAt: null } });
    tray.update();
    tray.update();
    tray.update();
    vi.runAllTimers();
    expect(electron.Menu.buildFromTemplate).toHaveBeenCalledTimes(2);
    expect(fake.images.at(-1)).toMatch(/offline\.(png|ico)$|offlineTemplate\.png$/);
    tray.destroy();
  });

  it('rebuilds at once after a quiet spell, so the first state at start-up shows without delay', () => {
    let current = state();
    const tray = createTray({ resourcesDir: '/r', state: () => current, run: vi.fn(), onClick: vi.fn() });
    const builds = electron.Menu.buildFromTemplate.mock.calls.length;
    vi.advanceTimersByTime(1_000);
    current = state({ sync: { state: 'offline', lastSuccessAt: null, stale: true, lastError: null, nextAt: null } });
    tray.update();
    expect(electron.Menu.buildFromTemplate).toHaveBeenCalledTimes(builds + 1);
    tray.destroy();
  });
});
