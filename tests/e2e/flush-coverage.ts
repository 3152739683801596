// `npm run coverage:shell` runs the boot tests under NODE_V8_COVERAGE. V8 writes a process's
// coverage only when the process exits by itself, and vitest ends its workers with SIGTERM
// (then SIGKILL after half a second), so a worker's coverage would be lost: it is written here,
// after the file's own afterAll hooks (hooks run in reverse order of registration).
import { takeCoverage } from 'node:v8';
import { afterAll } from 'vitest';

afterAll(() => {
  if (process.env.NODE_V8_COVERAGE) takeCoverage();
});
