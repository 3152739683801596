import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DnsRecord } from '@shared/api-types';
import { detailKey, type Detail } from '@shared/details';
import { appState, stubVps } from '../../lib/testing/fixtures';
import RecordDialog from './RecordDialog.svelte';

afterEach(() => cleanup());

// jsdom has <dialog> but not its modal methods.
beforeAll(() => {
  HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
    this.open = false;
  };
});

const saved: DnsRecord = { uuid: 'r-1', record_type: 'A', name: 'www', value: '192.0.2.10', ttl: 3600 };

function open() {
  const vps = stubVps();
  vps.createZoneRecord.mockResolvedValue({ ok: true, value: saved });
  const onsaved = vi.fn();
  render(RecordDialog, { app: appState(), zoneId: 'zone-1', domain: 'example.com', onclose: vi.fn(), onsaved });
  return { vps, onsaved };
}

/** Editing `saved`, with what main has published of it (nothing yet, by default). */
function edit(published: Detail | null = null) {
  const vps = stubVps();
  vps.updateRecord.mockResolvedValue({ ok: true, value: saved });
  const target = { kind: 'record', recordId: saved.uuid } as const;
  const { rerender } = render(RecordDialog, {
    app: appState({ details: published ? { [detailKey(target)]: published } : {} }),
    zoneId: 'zone-1',
    domain: 'example.com',
    record: saved,
    onclose: vi.fn(),
    onsaved: vi.fn(),
  });
  /** Main publishes this version of the record. */
  const publish = (value: DnsRecord) => rerender({ app: appState({ details: { [detailKey(target)]: { target, status: 'ready', value, error: null } } }) });
  return { vps, publish, target };
}

async function fill(label: string, value: string): Promise<void> {
  const field = screen.getByLabelText<HTMLInputElement | HTMLSelectElement>(label);
  field.value = value;
  await fireEvent.input(field);
  await fireEvent.change(field);
}

const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Add record' }));
const errorOf = (label: string) => {
  const field = screen.getByLabelText(label);
  const id = field.getAttribute('aria-describedby');
  return { invalid: field.getAttribute('aria-invalid') === 'true', text: id ? document.getElementById(id)?.textContent : null };
};

describe('RecordDialog', () => {
  it('shows a type error at the value and sends nothing', async () => {
    const { vps } = open();
    await fill('Name', 'www');
    await fill('Value', '999.1.1.1');
    await submit();
    expect(errorOf('Value')).toEqual({ invalid: true, text: 'Enter an IPv4 address like 192.0.2.1.' });
    expect(vps.createZoneRecord).not.toHaveBeenCalled();
  });

  it('sends a valid record once it is fixed', async () => {
    const { vps, onsaved } = open();
    await fill('Name', 'www');
    await fill('Value', '999.1.1.1');
    await submit();
    await fill('Value', '192.0.2.10');
    await submit();
    await tick();
    expect(vps.createZoneRecord).toHaveBeenCalledWith({ zoneId: 'zone-1', record: { record_type: 'A', name: 'www', value: '192.0.2.10', ttl: 3600 } });
    expect(onsaved).toHaveBeenCalledWith(saved);
    expect(errorOf('Value').invalid).toBe(false);
  });

  it('asks MX records for a priority, in its own field', async () => {
    const { vps } = open();
    await fill('Type', 'MX');
    await fill('Name', '@');
    await fill('Value', 'mail.example.com');
    await submit();
    expect(errorOf('Priority')).toEqual({ invalid: true, text: 'MX records need a priority: enter a whole number from 0 to 65535, like 10.' });
    await fill('Priority', '10');
    await submit();
    expect(vps.createZoneRecord).toHaveBeenCalledWith({ zoneId: 'zone-1', record: { record_type: 'MX', name: '@', value: 'mail.example.com', ttl: 3600, priority: 10 } });
  });

  it('checks the TTL is a positive whole number', async () => {
    const { vps } = open();
    await fill('Name', 'www');
    await fill('Value', '192.0.2.10');
    await fill('TTL (seconds)', '-5');
    await submit();
    expect(errorOf('TTL (seconds)').text).toBe('Enter the TTL as a whole number of seconds, like 3600.');
    expect(vps.createZoneRecord).not.toHaveBeenCalled();
  });

  it("puts the API's field error at that field", async () => {
    const { vps } = open();
    vps.createZoneRecord.mockResolvedValue({ ok: false, error: { kind: 'validation', message: 'A record with this name already exists.', field: 'name', status: 400 } });
    await fill('Name', 'www');
    await fill('Value', '192.0.2.10');
    await submit();
    await tick();
    expect(errorOf('Name')).toEqual({ invalid: true, text: 'A record with this name already exists.' });
  });

  it('asks main for the record being edited, fills the form from its first answer only, and diffs against it', async () => {
    const { vps, publish, target } = edit();
    await Promise.resolve();
    expect(vps.watchDetails).toHaveBeenLastCalledWith({ targets: [target] });
    expect(screen.getByLabelText<HTMLInputElement>('Value').value).toBe('192.0.2.10');

    // Changed elsewhere since the table was drawn: the form starts from VPS.org's version.
    const fresh: DnsRecord = { ...saved, value: '192.0.2.20', ttl: 600 };
    await publish(fresh);
    expect(screen.getByLabelText<HTMLInputElement>('Value').value).toBe('192.0.2.20');

    await fill('Value', '192.0.2.30');
    // A later refresh does not overwrite what is being typed.
    await publish({ ...fresh, value: '192.0.2.40' });
    expect(screen.getByLabelText<HTMLInputElement>('Value').value).toBe('192.0.2.30');
    await fireEvent.click(screen.getByRole('button', { name: 'Save record' }));
    expect(vps.updateRecord).toHaveBeenCalledWith({ recordId: saved.uuid, patch: { value: '192.0.2.30' } });
  });

  it('says at once when the record was deleted elsewhere', async () => {
    const target = { kind: 'record', recordId: saved.uuid } as const;
    const message = 'VPS.org has no such DNS record; it may have been deleted. Refresh and try again.';
    edit({ target, status: 'not_found', value: null, error: { kind: 'not_found', message, status: 404 } });
    await tick();
    expect(screen.getByText(message)).toBeTruthy();
  });
});
