// One log for bug reports, written by the app and the `vps` command through the same logger:
// <userData>/logs/vps-tray.log, one line per event ("<ISO time> <level> <event> <JSON fields>"),
// rotated at 2 MB (electron-log keeps one previous file, vps-tray.old.log). Every line passes
// the token redaction before it is written; callers log names of servers and domains at most.
// `vps --verbose` echoes the same lines to standard error.
import path from 'node:path';
import electronLog from 'electron-log/node';
import { redactSecrets } from '../api/redact';

export type LogFields = Record<string, string | number | boolean | null | undefined>;

export interface Logger {
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

export const LOG_MAX_BYTES = 2 * 1024 * 1024;

export function logFile(userDataDir: string): string {
  return path.join(userDataDir, 'logs', 'vps-tray.log');
}

export interface LoggerOptions {
  file: string;
  /** Also write each line here (`vps --verbose`: standard error). */
  echo?: { write(text: string): unknown };
  /** Rotation size; LOG_MAX_BYTES unless a test wants to see a rotation. */
  maxBytes?: number;
}

let nextId = 0;

export function createLogger(options: LoggerOptions): Logger {
  const log = electronLog.create({ logId: `vps-tray-${nextId++}` });
  const format = '{iso} {level} {text}';
  log.transports.file.resolvePathFn = () => options.file;
  log.transports.file.maxSize = options.maxBytes ?? LOG_MAX_BYTES;
  log.transports.file.format = format;
  log.transports.console.format = format;
  const echo = options.echo;
  log.transports.console.level = echo ? 'info' : false;
  log.transports.console.writeFn = ({ message }) => void echo?.write(`${message.data.join(' ')}\n`);
  // A log that cannot be written must not stop the app or a command: the line is dropped.
  log.errorHandler.setOptions({ showDialog: false, onError: () => false });

  const line = (event: string, fields?: LogFields) => redactSecrets(fields ? `${event} ${JSON.stringify(fields)}` : event);
  return {
    info: (event, fields) => log.info(line(event, fields)),
    warn: (event, fields) => log.warn(line(event, fields)),
    error: (event, fields) => log.error(line(event, fields)),
  };
}

/** For code paths that have nowhere to log (unit tests, library use). */
export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };
