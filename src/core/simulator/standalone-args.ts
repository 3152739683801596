// Command-line options of `npm run simulator -- --port N --page-size N`.
import { parseArgs } from 'node:util';

export interface StandaloneOptions {
  port: number;
  pageSize: number | null;
}

/** The options, or a sentence saying what is wrong with them. */
export function parseStandaloneArgs(argv: string[]): StandaloneOptions | { error: string } {
  let values: { port?: string; 'page-size'?: string };
  try {
    ({ values } = parseArgs({ args: argv, options: { port: { type: 'string' }, 'page-size': { type: 'string' } }, strict: true }));
  } catch (error) {
    return { error: (error as Error).message };
  }
  const port = values.port === undefined ? 0 : wholeNumber(values.port);
  if (port === null || port > 65535) return { error: `--port must be a port number from 0 to 65535, not "${values.port}".` };
  const pageSizeText = values['page-size'];
  if (pageSizeText === undefined) return { port, pageSize: null };
  const pageSize = wholeNumber(pageSizeText);
  if (pageSize === null || pageSize < 1) return { error: `--page-size must be a whole number of at least 1, not "${pageSizeText}".` };
  return { port, pageSize };
}

function wholeNumber(text: string): number | null {
  return /^\d{1,9}$/.test(text) ? Number(text) : null;
}
