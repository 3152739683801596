// The composition root: what the app is made of. The Electron shell supplies the store and the
// desktop; the core (src/main/app.ts) gets the real keychain-backed vault and the real client.
import { createApp } from './app';
import { runShell } from './shell/main';
import { systemLanguages } from './shell/system-languages';
import { createVault } from '../core/vault/vault';

runShell({
  createApp: ({ store, storeRecovered, desktop, log }) =>
    createApp({ store, storeRecovered, desktop, log, vault: createVault(), systemLanguages: systemLanguages() }),
});
