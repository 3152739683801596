// The application menu of the packaged app: none on Windows and Linux, so neither DevTools nor
// Reload has an accelerator; on macOS only the app menu and Edit, so that copy and paste keep
// working in the window's fields. Development keeps Electron's default menu.
import { Menu, type MenuItemConstructorOptions } from 'electron';

function productionMenuTemplate(platform: NodeJS.Platform): MenuItemConstructorOptions[] | null {
  return platform === 'darwin' ? [{ role: 'appMenu' }, { role: 'editMenu' }] : null;
}

export function setProductionMenu(platform: NodeJS.Platform = process.platform): void {
  const template = productionMenuTemplate(platform);
  Menu.setApplicationMenu(template ? Menu.buildFromTemplate(template) : null);
}
