// `vps domains expiring --ics`: the window's iCalendar export (src/shared/ics.ts) with the alarm
// the window gives it (the widest reminder threshold of the user's settings), written to a file,
// or to stdout as it is, CRLF line endings and all.
import { writeFileSync } from 'node:fs';
import * as v from 'valibot';
import type { Domain } from '@shared/api-types';
import { VpsError, appError } from '@shared/errors';
import { buildCalendar, calendarAlarmDays } from '@shared/ics';
import { DEFAULT_SETTINGS, SettingsSchema } from '@shared/settings';
import { storeKeys, type Store } from '../core/store/store';
import type { CliOutput } from './io';

const WRITE_FAILURES: Record<string, string> = {
  ENOENT: 'its folder does not exist',
  ENOTDIR: 'its folder does not exist',
  EISDIR: 'that is a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
};

/** FILE for standard output. */
export const STDOUT_FILE = '-';

export function expiryCalendar(domains: Domain[], store: Store, now: Date): string {
  // Settings that no longer fit the schema count as the defaults, as in the app.
  const stored = v.safeParse(SettingsSchema, store.get(storeKeys.settings));
  const settings = stored.success ? stored.output : DEFAULT_SETTINGS;
  return buildCalendar(domains, { alarmDaysBefore: calendarAlarmDays(settings.reminders.thresholds), now });
}

/** Writes the calendar to `file`, or to `stdout` for "-"; an unwritable file is the user's input to fix. */
export function writeCalendar(calendar: string, file: string, stdout: CliOutput): void {
  if (file === STDOUT_FILE) {
    stdout.write(calendar);
    return;
  }
  try {
    writeFileSync(file, calendar);
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    const reason = (code !== undefined && WRITE_FAILURES[code]) || message;
    throw new VpsError(appError('invalid_input', `Could not write the calendar to ${file}: ${reason}.`));
  }
}
