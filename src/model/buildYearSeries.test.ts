import { describe, expect, it } from 'vitest';
import type { Observation, Report } from '../data/dataset';
import type { Qualifier } from '../data/schema';
import { buildYearSeries, countFigures } from './buildYearSeries';

const report = (year: number): Report =>
  ({ id: `${year}-x`, adminCode: '990101', year, district: '东区', districtEn: 'Dong', province: '甲省', city: '甲市' }) as Report;

const figure = (year: number, value: number, qualifier: Qualifier = 'exact', noteZh = ''): Observation =>
  ({ key: `${year}-x/a`, reportId: `${year}-x`, indicatorId: 'a', value, qualifier, quote: '', note: '', noteZh, decimals: 0, line: 1 }) as Observation;

/** Reads a series as `year:value` (with its hedge), `year:gap` or `year:value!` where the note changed. */
function read(points: ReturnType<typeof buildYearSeries>): string[] {
  return points.map((point) =>
    point.observation
      ? `${point.year}:${point.observation.value}${point.observation.qualifier === 'exact' ? '' : `~${point.observation.qualifier}`}${point.scopeChanged ? '!' : ''}`
      : `${point.year}:${point.gap}`,
  );
}

describe('buildYearSeries', () => {
  it.each([
    ['every year reported', [2018, 2019, 2020], { 2018: figure(2018, 5), 2019: figure(2019, 7), 2020: figure(2020, 6) }, ['2018:5', '2019:7', '2020:6']],
    ['a year without a report stays a gap', [2018, 2020], { 2018: figure(2018, 5), 2020: figure(2020, 6) }, ['2018:5', '2019:no_report', '2020:6']],
    ['a report without the figure stays a gap', [2018, 2019, 2020], { 2018: figure(2018, 5), 2020: figure(2020, 6) }, ['2018:5', '2019:not_given', '2020:6']],
    ['a zero the report states is a value', [2019, 2020], { 2019: figure(2019, 0), 2020: figure(2020, 2) }, ['2019:0', '2020:2']],
    ['hedged figures keep their hedge', [2019, 2020], { 2019: figure(2019, 800, 'at_least'), 2020: figure(2020, 1000, 'approx') }, ['2019:800~at_least', '2020:1000~approx']],
    ['a single year is a single point', [2020], { 2020: figure(2020, 3) }, ['2020:3']],
    ['no figure at all gives gaps only', [2019, 2020], {}, ['2019:not_given', '2020:not_given']],
  ] as const)('%s', (_, years, figures: Record<number, Observation>, expected) => {
    const points = buildYearSeries(years.map(report), (one) => figures[one.year]);
    expect(read(points)).toEqual(expected);
  });

  it('marks a year whose note differs from the last year with a figure, across a gap', () => {
    const figures: Record<number, Observation> = {
      2017: figure(2017, 1),
      2018: figure(2018, 2),
      2020: figure(2020, 3, 'exact', '仅统计乡镇调委会'),
      2021: figure(2021, 4, 'exact', '仅统计乡镇调委会'),
      2022: figure(2022, 5),
    };
    const points = buildYearSeries([2017, 2018, 2019, 2020, 2021, 2022].map(report), (one) => figures[one.year]);
    expect(read(points)).toEqual(['2017:1', '2018:2', '2019:not_given', '2020:3!', '2021:4', '2022:5!']);
  });

  it('spans the years asked for, with gaps before and after the district’s reports', () => {
    const points = buildYearSeries([report(2019)], () => figure(2019, 9), 2017, 2020);
    expect(read(points)).toEqual(['2017:no_report', '2018:no_report', '2019:9', '2020:no_report']);
  });

  it('is empty for a district without reports', () => {
    expect(buildYearSeries([], () => undefined)).toEqual([]);
  });

  it('counts the years that give a figure', () => {
    const points = buildYearSeries([2018, 2020].map(report), (one) => figure(one.year, 1));
    expect(countFigures(points)).toBe(2);
    expect(points).toHaveLength(3);
  });
});
