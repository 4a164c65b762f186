import { milestonesUpTo } from './timeline.service';

describe('milestonesUpTo', () => {
  it.each([
    [9, []],
    [10, [10]],
    [26, [10, 25]],
    [100, [10, 25, 50, 100]],
    [1_000, [10, 25, 50, 100, 250, 500, 1_000]],
    [2_600, [10, 25, 50, 100, 250, 500, 1_000, 2_500]],
  ])('%i signatories reach %j', (count, expected) => {
    expect(milestonesUpTo(count)).toEqual(expected);
  });
});
