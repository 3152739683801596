// The language main speaks: the OS's first known language, else English, unless Settings
// chooses one; the tray menu, notifications, dialogs and errors follow it, and the state tells
// the window which one to load.
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '@shared/i18n';
import { buildTrayMenu } from './tray/menu-model';
import { createHarness, signIn, type Harness } from './testing/app-harness';

let h: Harness;
afterEach(async () => {
  await h.close();
  // The active language is one per process: the next test starts in English.
  await setLocale('en');
});

const topLabels = (h: Harness) => buildTrayMenu(h.app.state()).flatMap((item) => (item.type === 'separator' ? [] : [item.label]));

describe('the language of main', () => {
  it('follows the first OS language the app has, and stays in English for one it lacks', async () => {
    h = await createHarness({ systemLanguages: ['de-DE', 'fi-FI', 'en-US'] });
    await h.app.start();
    expect(h.app.state().locale).toBe('fi');
    expect(topLabels(h)).toContain('Lopeta');
    await h.close();

    h = await createHarness({ systemLanguages: ['de-DE'] });
    await h.app.start();
    expect(h.app.state().locale).toBe('en');
    expect(topLabels(h)).toContain('Quit');
  });

  it('switches when Settings chooses a language, and back to the OS’s with "system"', async () => {
    h = await createHarness({ systemLanguages: ['vi-VN'] });
    await h.app.start();
    expect(h.app.state().locale).toBe('vi');
    await h.app.handlers.updateSettings({ language: 'yi' });
    await expect.poll(() => h.app.state().locale).toBe('yi');
    expect(topLabels(h)).toContain('אַרויסגיין');
    await h.app.handlers.updateSettings({ language: 'system' });
    await expect.poll(() => h.app.state().locale).toBe('vi');
  });

  it('asks before a tray reboot, reports errors and notifies in that language', async () => {
    h = await createHarness({ systemLanguages: ['tl-PH'] });
    await h.app.start();
    await signIn(h);
    const web01 = h.app.state().servers.find((s) => s.name === 'web-01')!;

    h.desktop.answer = false;
    await h.app.runTrayCommand({ kind: 'power', serverId: web01.id, action: 'reboot' });
    expect(h.desktop.confirms.at(-1)).toEqual({
      message: 'I-reboot ang web-01?',
      detail: 'Hindi maaabot ang web-01 nang mga isang minuto habang nagre-restart.',
      confirmLabel: 'I-reboot',
    });

    h.sim.faults.inject({ method: 'POST', path: `/api/v1/servers/${web01.id}/reboot/`, kind: 'status', status: 503, times: 1 });
    h.desktop.answer = true;
    await h.app.runTrayCommand({ kind: 'power', serverId: web01.id, action: 'reboot' });
    expect(h.desktop.notifications.at(-1)).toMatchObject({
      title: 'Hindi ma-reboot ang web-01',
      body: 'Nagkaproblema ang VPS.org sa pagsagot (HTTP 503). Subukang muli mamaya.',
    });
    expect(h.app.state().activity[0]).toMatchObject({ action: 'I-reboot', target: 'web-01', result: 'error' });
  });
});
