// One of the concurrent writers of file-store.test.ts, in a process of its own: plain Node loads
// the store's TypeScript itself (type stripping). At the agreed moment it writes `count` keys of
// its own and adds one to a shared counter `count` times, then says how it went on stdout.
import { pathToFileURL } from 'node:url';

const [storeModule, file, prefix, count, startAt] = process.argv.slice(2);
const { FileStore } = await import(pathToFileURL(storeModule).href);
const store = new FileStore(file);
while (Date.now() < Number(startAt)) {
  // Wait for the others, so that every writer starts at the same moment.
}
for (let i = 0; i < Number(count); i++) {
  store.set(`${prefix}.${i}`, { writer: prefix, i });
  store.update('counter', (current) => (current ?? 0) + 1);
}
process.stdout.write(JSON.stringify({ prefix, done: Number(count) }));
