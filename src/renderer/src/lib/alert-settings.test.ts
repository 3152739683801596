import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '@shared/i18n';
import { describeOverride, parseOverride, parsePercent, parseSamples } from './alert-settings';

describe('alert settings as typed', () => {
  afterEach(() => setLocale('en'));

  it('reads whole percents from 10 to 100 and samples from 1 to 20', () => {
    expect(['90', ' 10 ', '100', '9', '101', '85.5', '', 'x'].map(parsePercent)).toEqual([90, 10, 100, null, null, null, null, null]);
    expect(['1', '20', '0', '21'].map(parseSamples)).toEqual([1, 20, null, null]);
  });

  it('reads a server’s own threshold: a percent, or off for none', () => {
    expect(['off', ' OFF ', '75', '5', '', 'lots'].map(parseOverride)).toEqual([null, null, 75, 'invalid', 'invalid', 'invalid']);
    expect(describeOverride({ disk: 70, memory: null })).toBe('Disk: 70%, Memory: off');
    expect(describeOverride({ bandwidth: 95, cpu: 80 })).toBe('Monthly transfer: 95%, CPU: 80%');
  });

  it('takes “off” in the active language too, and describes thresholds in it', async () => {
    await setLocale('fi');
    expect(['pois', 'Pois', 'off', '75'].map(parseOverride)).toEqual([null, null, null, 75]);
    expect(describeOverride({ disk: 70, memory: null })).toBe('Levy: 70\u00a0%, Muisti: pois');
  });
});
