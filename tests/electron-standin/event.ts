// Electron's event object: the emitter's parameters, and preventDefault() for the listener.
import type Electron from 'electron';

export function preventableEvent<P extends object>(params: P): Electron.Event<P> {
  let prevented = false;
  return {
    ...params,
    preventDefault: () => {
      prevented = true;
    },
    get defaultPrevented() {
      return prevented;
    },
  };
}
