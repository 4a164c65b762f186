import { nextGoal } from './goal';

describe('nextGoal', () => {
  it.each([
    [50, 100],
    [100, 250],
    [250, 500],
    [500, 1_000],
    [1, 5],
    [2, 5],
    [60, 100],
    [999_999, 1_000_000],
  ])('after %i comes %i', (goal, next) => {
    expect(nextGoal(goal)).toBe(next);
  });
});
