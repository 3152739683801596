// Loaded with `node --import` ahead of a command: records the URL of every module the process
// loads (ES modules, CommonJS and native addons alike) and, as the process exits, writes them one
// a line to the file VPS_TEST_MODULES_FILE names. Node runs it as it is (type stripping).
import { writeFileSync } from 'node:fs';
import { registerHooks } from 'node:module';

const loaded: string[] = [];

registerHooks({
  load(url, context, nextLoad) {
    loaded.push(url);
    return nextLoad(url, context);
  },
});

process.on('exit', () => {
  const file = process.env.VPS_TEST_MODULES_FILE;
  if (file) writeFileSync(file, loaded.join('\n'));
});
