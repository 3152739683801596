// Changing a setting: main validates and stores it, and the new state comes back as an event.
import type { CommandInput } from '@shared/ipc-contract';
import { run } from './run';

type SettingsChange = CommandInput<'updateSettings'>;

export function saveSettings(change: SettingsChange): Promise<unknown> {
  return run(window.vps.updateSettings(change));
}

/** "30, 14, 7" → [30, 14, 7]; null when a part is not a whole number of days from 0 to 365. */
export function parseThresholds(text: string): number[] | null {
  const parts = text.split(/[\s,]+/).filter(Boolean);
  if (parts.length === 0 || parts.length > 10) return null;
  const days = parts.map(Number);
  if (!days.every((d) => Number.isInteger(d) && d >= 0 && d <= 365)) return null;
  return [...new Set(days)].sort((a, b) => b - a);
}
