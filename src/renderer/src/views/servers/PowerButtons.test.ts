import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PendingAction } from '@shared/app-state';
import { DEFAULT_SETTINGS } from '@shared/settings';
import { ui } from '../../lib/app.svelte';
import { appState, server, stubVps } from '../../lib/testing/fixtures';
import PowerButtons from './PowerButtons.svelte';

afterEach(() => cleanup());

const web = server(1, 'web-01');
const button = (name: string) => screen.getByRole<HTMLButtonElement>('button', { name });

describe('PowerButtons', () => {
  beforeEach(() => {
    ui.state = null;
  });

  it('enables what a running server can do', () => {
    render(PowerButtons, { server: web, permissions: ['*:*'], pending: undefined });
    expect(button('Start web-01').disabled).toBe(true);
    expect(button('Stop web-01').disabled).toBe(false);
    expect(button('Reboot web-01').disabled).toBe(false);
  });

  it('disables everything for a token without servers:power, and says so', () => {
    render(PowerButtons, { server: web, permissions: ['servers:list'], pending: undefined, labels: true });
    for (const name of ['Start web-01', 'Stop web-01', 'Reboot web-01']) {
      expect(button(name).disabled).toBe(true);
      expect(button(name).title).toContain('needs servers:power');
    }
    // The sentence names the permission the token lacks, written out once below the buttons.
    expect(document.querySelector('p.reason')?.textContent?.trim()).toBe('Power actions are off: this token needs servers:power.');
  });

  it('shows progress instead of buttons while an action settles', () => {
    const pending: PendingAction = { serverId: 1, serverName: 'web-01', action: 'reboot', startedAt: new Date().toISOString(), status: 'rebooting', target: 'active' };
    render(PowerButtons, { server: web, permissions: ['*:*'], pending, labels: true });
    expect(screen.getByRole('status', { name: 'Rebooting web-01' }).textContent).toMatch(/Rebooting web-01….*\d+ s/);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('keeps the buttons out of the tab order in rows that are not active', () => {
    render(PowerButtons, { server: web, permissions: ['*:*'], pending: undefined, tabbable: false });
    expect(button('Reboot web-01').tabIndex).toBe(-1);
  });

  it('reboots straight away when the settings ask for no confirmation', async () => {
    const vps = stubVps();
    ui.state = appState({ servers: [web], settings: { ...DEFAULT_SETTINGS, confirm: { stop: true, reboot: false } } });
    render(PowerButtons, { server: web, permissions: ['*:*'], pending: undefined });
    await fireEvent.click(button('Reboot web-01'));
    expect(vps.powerServer).toHaveBeenCalledWith({ serverId: 1, action: 'reboot' });
  });
});
