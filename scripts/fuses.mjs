// Electron fuses for the packaged app (DESIGN §3): flipped in the Electron binary at packaging
// time, they switch off ways to run the app's binary as something else. Run it on the packaged
// binary (or .app): node scripts/fuses.mjs "dist/linux-unpacked/vps-tray"
import { pathToFileURL } from 'node:url';
import { flipFuses, FuseV1Options, FuseVersion } from '@electron/fuses';

export const FUSES = {
  version: FuseVersion.V1,
  // The binary cannot be used as a plain Node (ELECTRON_RUN_AS_NODE).
  [FuseV1Options.RunAsNode]: false,
  // NODE_OPTIONS and --inspect cannot inject code into the app.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // The app code is only loaded from an app.asar whose integrity is checked.
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.EnableCookieEncryption]: true,
};

export function applyFuses(pathToElectron) {
  return flipFuses(pathToElectron, FUSES);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const target = process.argv[2];
  if (!target) {
    console.error('usage: node scripts/fuses.mjs <packaged Electron binary or .app>');
    process.exit(2);
  }
  await applyFuses(target);
  console.log(`fuses set in ${target}`);
}
