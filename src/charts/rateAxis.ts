/**
 * The one rule for a rate axis. It starts at zero, unless every value sits in a narrow band high up
 * (all at least 50 and within 30 of each other): then it starts at a round tick at least half a step
 * below the lowest value, so no dot sits on the axis line, and the axis name says where it starts.
 * A percentage axis ends at 100.
 */

/** The range and tick step of a rate axis. */
export interface RateAxisRange {
  min: number;
  max: number | undefined;
  /** The tick step; `min` is a multiple of it, so the first tick is where the axis starts. */
  interval: number | undefined;
}

/** A band of values narrower than this (in the rate's unit) starts the axis above zero. */
export const NARROW_BAND = 30;
/** The lowest value of a band that starts the axis above zero: below it, zero is near enough to show. */
export const BAND_FLOOR = 50;
const STEPS = [1, 2, 5, 10];
const MAX_TICKS = 7;

/** Works out the axis of a rate from its drawn values; `percent` for a rate in % (the axis ends at 100). */
export function rateAxisRange(values: readonly number[], percent: boolean): RateAxisRange {
  const top = Math.max(100, ...values);
  if (values.length === 0) return { min: 0, max: percent ? 100 : undefined, interval: percent ? 20 : undefined };
  const low = Math.min(...values);
  const high = Math.max(...values);
  if (low < BAND_FLOOR || high - low > NARROW_BAND)
    return percent && top === 100 ? { min: 0, max: 100, interval: 20 } : { min: 0, max: percent ? top : undefined, interval: undefined };
  for (const step of STEPS) {
    const min = Math.floor((low - step / 2) / step) * step;
    const max = percent && high <= 100 ? 100 : Math.ceil((high + step / 2) / step) * step;
    if ((max - min) / step <= MAX_TICKS - 1) return { min: Math.max(0, min), max, interval: step };
  }
  return { min: 0, max: percent ? top : undefined, interval: undefined };
}

/** Where a rate axis starts (see rateAxisRange). */
export function rateAxisMin(values: readonly number[], percent = true): number {
  return rateAxisRange(values, percent).min;
}
