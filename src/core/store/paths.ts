// Where the app keeps its data, computed the way Electron's app.getPath('userData') does, so
// the `vps` command (which has no Electron) reads the same profiles and settings as the app.
import os from 'node:os';
import path from 'node:path';

export const APP_NAME = 'VPS Tray';

export function userDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.VPS_TRAY_DATA_DIR) return env.VPS_TRAY_DATA_DIR;
  const home = os.homedir();
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_NAME);
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_NAME);
}

/** electron-store's default file name inside userData. */
export const STORE_FILE = 'config.json';

/** The store file of the app and the `vps` command. */
export function storeFile(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  return path.join(userDataDir(env, platform), STORE_FILE);
}
