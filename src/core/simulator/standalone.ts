// `npm run simulator`: the demo VPS.org on this machine, for trying the app or the `vps`
// command against it. Runs until Ctrl+C.
import { DEMO_TOKENS } from './auth';
import { startSimulator, systemClock, DEMO_TIMINGS } from './simulator';
import { parseStandaloneArgs } from './standalone-args';

const options = parseStandaloneArgs(process.argv.slice(2));
if ('error' in options) {
  console.error(options.error);
  process.exit(2);
}

const sim = await startSimulator({ port: options.port, pageSize: options.pageSize, clock: systemClock, timings: DEMO_TIMINGS });
const { full, readOnly } = DEMO_TOKENS;
console.log(
  [
    `VPS.org simulator listening on ${sim.url}`,
    `API base URL: ${sim.url}/api/v1/`,
    options.pageSize === null ? 'Lists come whole.' : `Lists come in pages of ${options.pageSize}.`,
    '',
    'Demo tokens:',
    `  ${full.name}: ${full.token}`,
    `    permissions: ${full.permissions.join(', ')}`,
    `  ${readOnly.name}: ${readOnly.token}`,
    `    permissions: ${readOnly.permissions.join(', ')}`,
    '',
    `Try: curl -H "Authorization: Bearer ${full.token}" ${sim.url}/api/v1/servers/`,
    'Press Ctrl+C to stop.',
  ].join('\n'),
);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    sim.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
