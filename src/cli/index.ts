// The `vps` entry point (built to out/main/cli.js and started by bin/vps.js).
import { processIo } from './io';
import { main } from './main';

// `vps servers list | head` closes the pipe early; that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

function flushed(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => stream.write('', () => resolve()));
}

void main(process.argv.slice(2), processIo()).then(async (code) => {
  // Exit explicitly once the output has reached the pipe: a keychain or socket handle left
  // open must not keep a finished command waiting.
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  process.exit(code);
});
