import { describe, expect, it } from 'vitest';
import { describeOverride, parseOverride, parsePercent, parseSamples } from './alert-settings';

describe('alert settings as typed', () => {
  it('reads whole percents from 10 to 100 and samples from 1 to 20', () => {
    expect(['90', ' 10 ', '100', '9', '101', '85.5', '', 'x'].map(parsePercent)).toEqual([90, 10, 100, null, null, null, null, null]);
    expect(['1', '20', '0', '21'].map(parseSamples)).toEqual([1, 20, null, null]);
  });

  it('reads a server’s own threshold: a percent, or off for none', () => {
    expect(['off', ' OFF ', '75', '5', '', 'lots'].map(parseOverride)).toEqual([null, null, 75, 'invalid', 'invalid', 'invalid']);
    expect(describeOverride({ disk: 70, memory: null })).toBe('disk 70%, memory off');
    expect(describeOverride({ bandwidth: 95, cpu: 80 })).toBe('monthly transfer 95%, cpu 80%');
  });
});
