import { describe, expect, it } from 'vitest';
import { medianOf, rankAmong, sortDescending, standingOf } from './standing';

describe('rankAmong', () => {
  it.each([
    [[30, 20, 10], 30, 1],
    [[30, 20, 10], 20, 2],
    [[30, 20, 10], 10, 3],
    // Ties share the better rank, and the next rank is skipped: 1, 1, 3.
    [[30, 30, 10], 30, 1],
    [[30, 30, 10], 10, 3],
    [[5, 5, 5], 5, 1],
    [[40, 20, 20, 20, 1], 20, 2],
    [[40, 20, 20, 20, 1], 1, 5],
    [[7], 7, 1],
  ])('ranks among %j the value %d at %d', (values, value, rank) => {
    expect(rankAmong(values, value)).toBe(rank);
  });
});

describe('medianOf', () => {
  it.each([
    [[9], 9],
    [[9, 1], 5],
    [[9, 5, 1], 5],
    [[10, 8, 4, 2], 6],
    [[1, 2, 3, 4], 2.5],
  ])('the median of %j is %d', (values, median) => {
    expect(medianOf(values)).toBe(median);
  });

  it('is NaN for no values, never zero', () => {
    expect(medianOf([])).toBeNaN();
  });
});

describe('sortDescending', () => {
  it('sorts largest first, without changing its input', () => {
    const input = [3, 10, 1, 10];
    expect([...sortDescending(input)]).toEqual([10, 10, 3, 1]);
    expect(input).toEqual([3, 10, 1, 10]);
  });
});

describe('standingOf', () => {
  it.each([
    // values (largest first), value, qualifier → rank, of, median, versus, only, approximate
    [[30, 20, 10], 20, 'exact', 2, 3, 20, 'at', false, false],
    [[30, 30, 10], 30, 'exact', 1, 3, 30, 'at', false, false],
    [[30, 30, 10], 10, 'exact', 3, 3, 30, 'below', false, false],
    [[40, 30, 20, 10], 40, 'exact', 1, 4, 25, 'above', false, false],
    [[1200], 1200, 'approx', 1, 1, 1200, 'at', true, true],
    [[900, 800, 100], 800, 'at_least', 2, 3, 800, 'at', false, true],
    [[900, 800, 100], 100, 'at_most', 3, 3, 800, 'below', false, true],
  ] as const)('%j with %d (%s): rank %d of %d, median %d, %s', (values, value, qualifier, rank, of, median, versusMedian, only, approximate) => {
    expect(standingOf(values, value, qualifier)).toEqual({ rank, of, median, versusMedian, only, approximate });
  });

  it('gives no standing among no values', () => {
    expect(standingOf([], 3, 'exact')).toBeUndefined();
  });
});
