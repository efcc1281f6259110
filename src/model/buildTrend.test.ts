import { describe, expect, it } from 'vitest';
import { buildTrend, countMultiYearDistricts, TREND_NAMED_LIMIT } from './buildTrend';
import { selectReports } from './selectReports';
import { DONG_CODE, NAN_CODE, makeDataset } from '../../test/fixtures/makeDataset';
import { manyDistricts } from '../../test/fixtures/manyDistricts';

const read = (points: { year: number; observation?: { value: number }; gap?: string }[]) => points.map((point) => point.observation?.value ?? point.gap);

describe('buildTrend', () => {
  const dataset = makeDataset();
  const latest = selectReports(dataset, { year: 'latest', province: null, districts: [] });

  it('draws a line for each district with figures of two years, its missing year a gap', () => {
    const trend = buildTrend(dataset, latest, 'mediation_cases', [], null)!;
    expect(trend.years).toEqual([2020, 2021, 2022]);
    expect(trend.lines.map((line) => line.report.adminCode)).toEqual([DONG_CODE]);
    expect(read(trend.lines[0].points)).toEqual([800, 'no_report', 1500]);
    expect(trend.lines[0].points[2].scopeChanged).toBe(true);
    expect(trend.median).toBeUndefined();
    expect(trend.multiYear).toBe(1);
  });

  it('draws no line for a district whose second year lacks the figure', () => {
    // 东区 gives lawsuits in 2020 only: one figure is no trend.
    expect(buildTrend(dataset, latest, 'litigation_cases', [], null)!.lines).toEqual([]);
  });

  it('counts the selected districts that have reports of several years', () => {
    expect(countMultiYearDistricts(dataset, latest)).toBe(1);
    expect(countMultiYearDistricts(dataset, selectReports(dataset, { year: 'latest', province: null, districts: [NAN_CODE] }))).toBe(0);
  });

  it('names at most the limit; beyond it the chosen districts and the median of every reporting district per year', () => {
    const national = manyDistricts(40);
    const reports = selectReports(national, { year: 'latest', province: null, districts: [] });
    const none = buildTrend(national, reports, 'reconsideration_received', [], null)!;
    expect(none.multiYear).toBe(40);
    expect(none.lines).toEqual([]);
    expect(none.years).toEqual([2021, 2022]);
    // Values 10, 20, … 400: the median is 205 both years.
    expect(none.median).toEqual([{ year: 2021, value: 205, count: 40 }, { year: 2022, value: 205, count: 40 }]);
    const chosen = buildTrend(national, reports, 'reconsideration_received', ['990003', '990007'], null)!;
    expect(chosen.lines.map((line) => line.report.adminCode)).toEqual(['990003', '990007']);
    expect(read(chosen.lines[0].points)).toEqual([40, 40]);
    // Within a province: its districts only (甲省 has the even ones: 10, 30, … 390).
    expect(buildTrend(national, reports, 'reconsideration_received', [], '甲省')!.median![0]).toEqual({ year: 2021, value: 200, count: 20 });
    expect(TREND_NAMED_LIMIT).toBe(8);
  });

  it('has no trend for an unknown indicator', () => {
    expect(buildTrend(dataset, latest, 'no_such_indicator', [], null)).toBeUndefined();
  });
});
