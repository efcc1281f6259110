import { describe, it, expect } from 'vitest';
import { rateAxisRange } from './rateAxis';

describe('rateAxisRange', () => {
  it.each([
    // rates crowded near 100 %: a round start half a step or more below the lowest, ticks on round numbers
    [[96.5, 97, 98.2], true, { min: 96, max: 100, interval: 1 }],
    [[90.1, 95, 99], true, { min: 88, max: 100, interval: 2 }],
    [[72, 80, 99], true, { min: 60, max: 100, interval: 10 }],
    // a band that is wide or low starts at zero, in steps of 20 up to 100
    [[29.4, 60, 100], true, { min: 0, max: 100, interval: 20 }],
    [[40, 60], true, { min: 0, max: 100, interval: 20 }],
    [[10, 95], true, { min: 0, max: 100, interval: 20 }],
    [[], true, { min: 0, max: 100, interval: 20 }],
  ] as const)('draws %j (percent %s) on %j', (values, percent, expected) => {
    expect(rateAxisRange(values, percent)).toEqual(expected);
  });

  it('starts the axis at its first tick, so the axis name and the first tick say the same', () => {
    for (const values of [[96.5, 97], [88.8, 91.2, 99.9], [55, 70, 81], [64.3, 79]]) {
      const { min, interval } = rateAxisRange(values, true);
      expect(min % interval!, JSON.stringify(values)).toBe(0);
      // No dot sits on the axis line: the lowest is at least half a step above the start.
      expect(Math.min(...values) - min, JSON.stringify(values)).toBeGreaterThanOrEqual(interval! / 2);
    }
  });

  it('fits a rate that is not a percentage to its values, with no end at 100', () => {
    expect(rateAxisRange([3, 8], false)).toEqual({ min: 0, max: undefined, interval: undefined });
    expect(rateAxisRange([150, 160], false)).toEqual({ min: 145, max: 165, interval: 5 });
  });
});
