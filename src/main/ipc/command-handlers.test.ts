// The handlers that reach the desktop rather than VPS.org: what the user sees when the OS says no.
import { afterEach, describe, expect, it } from 'vitest';
import { m } from '@shared/i18n';
import { createHarness, type Harness } from '../testing/app-harness';

let h: Harness;
afterEach(() => h.close());

describe('openLogFolder', () => {
  it('asks the desktop to show the log folder', async () => {
    h = await createHarness();
    await h.app.handlers.openLogFolder(undefined);
    expect(h.desktop.opened).toEqual(['log folder']);
  });

  it('says what went wrong when the file manager cannot open it', async () => {
    h = await createHarness();
    h.desktop.folderFailure = new Error('No application is registered for folders');
    await expect(h.app.handlers.openLogFolder(undefined)).rejects.toMatchObject({
      kind: 'system',
      message: m.log_folder_failed({ reason: 'No application is registered for folders' }),
    });
  });
});
