// Types of electron-binary.mjs (plain JavaScript, run by Node before anything is built).
export class ElectronUnavailable extends Error {}
export function ensureElectron(options: { electronDir: string; env?: NodeJS.ProcessEnv; timeoutMs?: number }): Promise<string>;
