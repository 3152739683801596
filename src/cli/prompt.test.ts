import { describe, expect, it } from 'vitest';
import { isAppError } from '@shared/errors';
import { rejection } from '@shared/testing/rejection';
import { askYesNo, confirmByTyping, mustAsk, readHidden, readLine } from './prompt';
import { testIo } from './testing/test-io';
import { UsageError } from './usage-error';

describe('readLine', () => {
  it('returns the first line without its ending and leaves the rest unread', async () => {
    const io = testIo();
    io.stdin.write('vps_first\r\nsecond line\n');
    expect(await readLine(io.stdin)).toBe('vps_first');
    expect(await readLine(io.stdin)).toBe('second line');
  });

  it('returns what there is when the input ends without a newline', async () => {
    const io = testIo();
    io.stdin.end('vps_no_newline');
    expect(await readLine(io.stdin)).toBe('vps_no_newline');
  });
});

describe('readHidden', () => {
  it('reads in raw mode, echoes nothing of what is typed, honours backspace, and restores the terminal', async () => {
    const io = testIo({ tty: true });
    const typed = readHidden(io, 'Token: ');
    io.stdin.write('vps_secrx');
    io.stdin.write('\u007fet\r');
    expect(await typed).toBe('vps_secret');
    expect(io.rawModes).toEqual([true, false]);
    expect(io.err()).toBe('Token: \n');
  });

  it('cancels on Ctrl-C and still restores the terminal', async () => {
    const io = testIo({ tty: true });
    const typed = readHidden(io, 'Token: ');
    io.stdin.write('vps_\u0003');
    const error = await rejection(typed);
    expect(isAppError(error) && error.kind).toBe('cancelled');
    expect(io.rawModes).toEqual([true, false]);
  });
});

describe('confirmations', () => {
  it('takes only y or yes as a yes', async () => {
    for (const [answer, expected] of [['y', true], ['YES', true], ['', false], ['n', false], ['yes please', false]] as const) {
      const io = testIo({ tty: true });
      io.stdin.write(`${answer}\n`);
      expect(await askYesNo(io, 'Reboot web-01?')).toBe(expected);
      expect(io.err()).toBe('Reboot web-01? [y/N] ');
    }
  });

  it('cancels a deletion unless the exact name is typed back', async () => {
    const right = testIo({ tty: true });
    right.stdin.write('web-01\n');
    await confirmByTyping(right, 'Type its name:', 'web-01');

    const wrong = testIo({ tty: true });
    wrong.stdin.write('web-0\n');
    const error = await rejection(confirmByTyping(wrong, 'Type its name:', 'web-01'));
    expect(isAppError(error) && error.kind).toBe('cancelled');
  });

  it('needs --yes without a terminal, and asks on one', () => {
    expect(() => mustAsk(testIo(), false, 'vps servers delete')).toThrow(UsageError);
    expect(() => mustAsk(testIo(), false, 'vps servers delete')).toThrow('vps servers delete needs --yes when not run from a terminal');
    expect(mustAsk(testIo(), true, 'vps servers delete')).toBe(false);
    expect(mustAsk(testIo({ tty: true }), false, 'vps servers delete')).toBe(true);
  });
});
