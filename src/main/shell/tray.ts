// The tray icon and its menu. The menu's content is decided by a pure function of the app state
// (src/main/tray/menu-model.ts); this file only turns that model into Electron's Menu, picks
// the icon for the platform, and rebuilds — debounced — when the state changes.
import path from 'node:path';
import { Menu, nativeImage, Tray, type MenuItemConstructorOptions } from 'electron';
import type { AppState } from '@shared/app-state';
import { buildTrayMenu, trayBadge, trayIcon, trayTooltip, type TrayCommand, type TrayMenuItem } from '../tray/menu-model';

export type TrayIconKind = ReturnType<typeof trayIcon>;

export function trayIconPath(resourcesDir: string, kind: TrayIconKind, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'darwin') return path.join(resourcesDir, 'tray', `${kind}Template.png`);
  if (platform === 'win32') return path.join(resourcesDir, 'tray', `${kind}.ico`);
  return path.join(resourcesDir, 'tray', `${kind}.png`);
}

export function toMenuTemplate(items: TrayMenuItem[], run: (command: TrayCommand) => void): MenuItemConstructorOptions[] {
  return items.map((item): MenuItemConstructorOptions => {
    if (item.type === 'separator') return { type: 'separator' };
    const command = item.command;
    return {
      label: item.label,
      enabled: item.enabled ?? true,
      ...(item.toolTip ? { toolTip: item.toolTip } : {}),
      ...(item.submenu ? { submenu: toMenuTemplate(item.submenu, run) } : {}),
      ...(command ? { click: () => run(command) } : {}),
    };
  });
}

const REBUILD_DELAY_MS = 250;

export function createTray(opts: { resourcesDir: string; state: () => AppState; run: (command: TrayCommand) => void; onClick: () => void }) {
  const tray = new Tray(nativeImage.createFromPath(trayIconPath(opts.resourcesDir, 'normal')));
  let lastModel = '';
  let lastIcon: TrayIconKind = 'normal';
  let timer: NodeJS.Timeout | null = null;
  let builtAt = 0;

  const rebuild = () => {
    timer = null;
    builtAt = Date.now();
    const state = opts.state();
    const items = buildTrayMenu(state);
    const model = JSON.stringify(items);
    if (model !== lastModel) {
      lastModel = model;
      tray.setContextMenu(Menu.buildFromTemplate(toMenuTemplate(items, opts.run)));
    }
    const tooltip = trayTooltip(state);
    tray.setToolTip(tooltip);
    const icon = trayIcon(state);
    if (icon !== lastIcon) {
      lastIcon = icon;
      tray.setImage(nativeImage.createFromPath(trayIconPath(opts.resourcesDir, icon)));
    }
    // macOS shows a short title beside the icon: how many things wait, or "!" for other trouble.
    if (process.platform === 'darwin') {
      const badge = trayBadge(state);
      tray.setTitle(badge > 0 ? String(badge) : icon === 'attention' ? '!' : '');
    }
  };

  tray.on('click', opts.onClick);
  rebuild();
  return {
    /** At once after a quiet spell (the first state at start-up), then at most every 250 ms. */
    update() {
      if (timer) return;
      const wait = builtAt + REBUILD_DELAY_MS - Date.now();
      if (wait <= 0) rebuild();
      else timer = setTimeout(rebuild, wait);
    },
    destroy() {
      if (timer) clearTimeout(timer);
      tray.destroy();
    },
  };
}
