// One boot of the BUILT app under the stand-in Electron runtime, in a process of its own (the
// runtime boots one app per process). Run by Node itself (type stripping), from bench/boot.ts:
//
//   node bench/boot-process.ts prepare <userData>   try the demo, wait for its servers, quit
//   node bench/boot-process.ts measure <userData>   boot from that cache; print one JSON line:
//     boot_ms: loading out/main/index.js → a tray menu that lists the cached servers
//     tray_reboot_to_request_ms: the tray's Reboot click → the request at the simulator
import { subscribe } from 'node:diagnostics_channel';
import type { IncomingMessage } from 'node:http';
import { performance } from 'node:perf_hooks';
import { bootBuiltApp } from '../tests/electron-standin/boot.ts';
import type { MenuItemRecord } from '../tests/electron-standin/runtime.ts';
import { waitUntil } from '../tests/electron-standin/wait.ts';

const [mode, userData] = process.argv.slice(2);
if ((mode !== 'prepare' && mode !== 'measure') || !userData) {
  console.error('usage: node bench/boot-process.ts prepare|measure <userData>');
  process.exit(2);
}

const SERVER = 'web-01';
const lists = (menu: MenuItemRecord[]) => menu.some((item) => item.label.includes(SERVER));

let rebootAt = 0;
subscribe('http.server.request.start', (message) => {
  const { request } = message as { request: IncomingMessage };
  if (!rebootAt && request.method === 'POST' && /\/servers\/\d+\/reboot\/?$/.test(request.url ?? '')) rebootAt = performance.now();
});

let loadStart = 0;
let menuAt = 0;
const booted = await bootBuiltApp({
  userData,
  args: mode === 'measure' ? ['--hidden'] : [],
  onBeforeMain: () => {
    loadStart = performance.now();
  },
});
booted.runtime.events.on('tray-menu', (menu: MenuItemRecord[]) => {
  if (!menuAt && lists(menu)) menuAt = performance.now();
});

if (mode === 'prepare') {
  const page = await (await waitUntil('the window', () => booted.runtime.windows[0])).webContents.page;
  await page.getByRole('button', { name: 'Try the demo' }).click();
  await waitUntil(`${SERVER} in the tray`, () => menuAt);
  await booted.quit();
} else {
  await waitUntil(`${SERVER} in the tray`, () => menuAt);
  const reboot = await waitUntil(`an enabled Reboot for ${SERVER}`, () => {
    const item = booted.runtime.trayItem([SERVER, 'Reboot']);
    return item.enabled && item;
  });
  const clickAt = performance.now();
  reboot.click!();
  await waitUntil('the reboot request at the simulator', () => rebootAt);
  console.log(JSON.stringify({ boot_ms: menuAt - loadStart, tray_reboot_to_request_ms: rebootAt - clickAt }));
  await booted.quit();
}
process.exit(0);
