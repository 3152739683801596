/// <reference types="vite/client" />
import type { VpsApi } from '@shared/ipc-contract';

declare global {
  interface Window {
    /** The one bridge to the main process, exposed by the preload. */
    readonly vps: VpsApi;
  }
}
