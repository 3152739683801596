import { describe, expect, it } from 'vitest';
import { stubVps } from './testing/fixtures';
import { watchDetail } from './details';

const settled = () => Promise.resolve();

describe('watchDetail', () => {
  it('tells main the whole set once per change, keeps an item two views hold, and drops it when the last lets go', async () => {
    const vps = stubVps();
    const zone = { kind: 'zone', zoneId: 'z-1' } as const;
    const account = { kind: 'account' } as const;

    const releaseZone = watchDetail(zone);
    const releaseAccount = watchDetail(account);
    await settled();
    expect(vps.watchDetails.mock.calls).toEqual([[{ targets: [zone, account] }]]);

    // A second holder of the same item changes nothing main needs to hear.
    const releaseZoneAgain = watchDetail(zone);
    await settled();
    releaseZone();
    await settled();
    expect(vps.watchDetails).toHaveBeenCalledTimes(1);

    // One zone replaced by another within one turn (an effect's cleanup and rerun): one message.
    releaseZoneAgain();
    const releaseOther = watchDetail({ kind: 'zone', zoneId: 'z-2' });
    await settled();
    expect(vps.watchDetails).toHaveBeenCalledTimes(2);
    expect(vps.watchDetails).toHaveBeenLastCalledWith({ targets: [account, { kind: 'zone', zoneId: 'z-2' }] });

    releaseOther();
    releaseAccount();
    await settled();
    expect(vps.watchDetails).toHaveBeenLastCalledWith({ targets: [] });
  });
});
