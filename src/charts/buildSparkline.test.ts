import { describe, expect, it } from 'vitest';
import type { Observation } from '../data/dataset';
import type { Qualifier } from '../data/schema';
import type { SeriesPoint } from '../model/buildYearSeries';
import { buildSparkline } from './buildSparkline';

const at = (year: number, value?: number, qualifier: Qualifier = 'exact', scopeChanged = false): SeriesPoint =>
  value === undefined ? { year, gap: 'no_report' } : { year, observation: { value, qualifier } as Observation, ...(scopeChanged ? { scopeChanged } : {}) };

describe('buildSparkline', () => {
  it('draws consecutive years as one line, largest value at the top', () => {
    const line = buildSparkline([at(2019, 10), at(2020, 20), at(2021, 15)], 108, 28, 4);
    expect(line.paths).toEqual(['M4 24 L54 4 L104 14']);
    expect(line.dots.map((dot) => [dot.year, dot.x, dot.y])).toEqual([[2019, 4, 24], [2020, 54, 4], [2021, 104, 14]]);
  });

  it('breaks the line at a missing year instead of drawing through it or down to zero', () => {
    const line = buildSparkline([at(2018, 10), at(2019, 12), at(2020), at(2021, 20), at(2022, 18)], 108, 28, 4);
    expect(line.paths).toEqual(['M4 24 L29 20', 'M79 4 L104 8']);
    expect(line.dots).toHaveLength(4);
    expect(line.years.map((year) => year.gap)).toEqual([false, false, true, false, false]);
  });

  it('leaves a figure between two gaps as a dot without a line', () => {
    const line = buildSparkline([at(2019), at(2020, 5), at(2021)], 100, 20, 0);
    expect(line.paths).toEqual([]);
    expect(line.dots).toMatchObject([{ year: 2020, x: 50, y: 10 }]);
  });

  it('marks hedged figures and a change in how the figure counts', () => {
    const line = buildSparkline([at(2020, 800, 'at_least'), at(2021, 900, 'exact', true)], 100, 20);
    expect(line.dots.map((dot) => [dot.hedged, dot.scopeChanged])).toEqual([[true, false], [false, true]]);
  });

  it('draws the same value every year as a flat line in the middle', () => {
    expect(buildSparkline([at(2020, 3), at(2021, 3)], 100, 20, 0).paths).toEqual(['M0 10 L100 10']);
  });
});
