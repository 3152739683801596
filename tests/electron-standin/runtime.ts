// The state of the stand-in Electron runtime: how a test configured it, and what the app did
// with it (trays, windows, notifications, links opened, clipboard). Loaded natively by Node
// (type stripping), once per process, and shared by the stand-in `electron` module and the
// test that drives it.
import { EventEmitter } from 'node:events';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Browser } from 'playwright-core';
import type { BrowserWindow } from './browser-window.ts';

export interface StandinConfig {
  /** Chromium that backs every BrowserWindow. */
  browser: Browser;
  userData: string;
  appPath: string;
  version: string;
  /** What `app.getLoginItemSettings().wasOpenedAtLogin` answers (macOS). */
  openedAtLogin: boolean;
  /** The OS's preferred languages, most preferred first; may be empty, as on a bare Linux session. */
  preferredLanguages: string[];
  /** What `app.getLocale()` answers: the locale Chromium picked for the app. */
  locale: string;
  /** The button a message box answers with (0: the confirm button). */
  messageBoxResponse: number;
  singleInstanceLock: boolean;
  /** What `app.isPackaged` answers: an installed app, or Electron running the project's folder. */
  packaged: boolean;
}

export interface MenuItemRecord {
  label: string;
  type: string;
  enabled: boolean;
  toolTip?: string;
  submenu: MenuItemRecord[];
  click?: () => void;
}

export interface NotificationRecord {
  title: string;
  body: string;
  /** Electron keeps no reference to a shown Notification: the app must. */
  ref: WeakRef<EventEmitter>;
}

export interface DialogRecord {
  /** Whether the dialog was attached to a window (modal to it) or stood on its own. */
  window: boolean;
}

export interface MessageBoxRecord extends DialogRecord {
  message: string;
  detail?: string;
  buttons: string[];
  /** The button it answered with. */
  response: number;
}

export interface SaveDialogRecord extends DialogRecord {
  defaultPath?: string;
  filters: Array<{ name: string; extensions: string[] }>;
  /** The file chosen, or null when the user cancelled. */
  answer: string | null;
}

export const runtime = {
  config: null as StandinConfig | null,
  events: new EventEmitter(),
  trays: [] as Array<{ tooltip: string; title: string; image: string; menu: MenuItemRecord[]; destroyed: boolean; emitter: EventEmitter }>,
  windows: [] as BrowserWindow[],
  notifications: [] as NotificationRecord[],
  openedExternal: [] as string[],
  clipboard: [] as string[],
  /** Errors the next clipboard writes fail with (a clipboard another program holds, …). */
  clipboardFailures: [] as Error[],
  messageBoxes: [] as MessageBoxRecord[],
  /** How the next message boxes are answered, first in first out; then `config.messageBoxResponse`. */
  messageBoxAnswers: [] as number[],
  saveDialogs: [] as SaveDialogRecord[],
  /** How the next save dialogs are answered (a file path, or null for Cancel); then Cancel. */
  saveDialogAnswers: [] as Array<string | null>,
  /** The operating system's power events (suspend, resume, …) as powerMonitor reports them. */
  powerMonitor: new EventEmitter(),
  loginItem: { openAtLogin: false, args: [] as string[] },
  /** Electron's default menu until the app sets its own (or none: null). */
  applicationMenu: 'default' as 'default' | MenuItemRecord[] | null,
  quitted: false,

  configure(config: StandinConfig): void {
    this.config = config;
  },

  need(): StandinConfig {
    if (!this.config) throw new Error('The stand-in Electron runtime is not configured: boot the app through tests/electron-standin/boot.ts.');
    return this.config;
  },

  /** The tray menu item at a path of labels (a string matches a part of the label), e.g. ['web-01', 'Reboot']. */
  trayItem(path: Array<string | RegExp>): MenuItemRecord {
    const tray = this.trays.find((t) => !t.destroyed);
    if (!tray) throw new Error('No tray icon exists.');
    let items = tray.menu;
    let found: MenuItemRecord | undefined;
    for (const step of path) {
      found = items.find((item) => (typeof step === 'string' ? item.label.includes(step) : step.test(item.label)));
      if (!found) throw new Error(`No tray item "${String(step)}" among: ${items.map((i) => i.label).join(' | ')}`);
      items = found.submenu;
    }
    return found!;
  },

  /** Clicks the latest notification that matches, as the user would; fails if the app let it be garbage-collected. */
  clickNotification(match: RegExp): void {
    const record = this.notifications.findLast((n) => match.test(n.title) || match.test(n.body));
    if (!record) throw new Error(`No notification matches ${match}: ${this.notifications.map((n) => n.title).join(' | ')}`);
    const notification = record.ref.deref();
    if (!notification) throw new Error(`The notification "${record.title}" was garbage-collected before it was clicked: its click can never reach the app.`);
    notification.emit('click');
  },

  /**
   * The user launches the app again while it runs: Electron refuses the second process the lock
   * and tells the first one, with the second one's command line.
   */
  launchSecondInstance(argv: string[] = []): void {
    this.events.emit('second-instance', [process.execPath, this.need().appPath, ...argv]);
  },

  /** A full garbage collection, so that whatever nothing references is really gone. */
  collectGarbage(): void {
    setFlagsFromString('--expose-gc');
    (runInNewContext('gc') as () => void)();
  },
};

export type Runtime = typeof runtime;
