// How a command names one of the user's accounts: its profile's id (IPC inputs, detail targets).
import * as v from 'valibot';

export const ProfileIdSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(64));
