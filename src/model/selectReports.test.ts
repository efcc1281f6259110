import { describe, it, expect } from 'vitest';
import type { Dataset } from '../data/dataset';
import { districtsWithoutYear, labelReport, selectReports, yearsOf, type ReportFilter } from './selectReports';
import {
  DONG_2020,
  DONG_2022,
  DONG_CODE,
  NAN_2020,
  NAN_CODE,
  XI_2020,
  XI_CODE,
  makeDataset,
} from '../../test/fixtures/makeDataset';

const dataset = makeDataset();
const filter = (change: Partial<ReportFilter>): ReportFilter => ({
  year: 'latest',
  province: null,
  districts: [],
  ...change,
});
const ids = (data: Dataset, change: Partial<ReportFilter>) =>
  selectReports(data, filter(change)).map((report) => report.id);

describe('selectReports: years', () => {
  it('takes each district’s most recent report for latest', () => {
    expect(ids(dataset, {})).toEqual([DONG_2022, XI_2020, NAN_2020]);
  });

  it('takes every report for all, a district’s years in ascending order', () => {
    expect(ids(dataset, { year: 'all' })).toEqual([DONG_2020, DONG_2022, XI_2020, NAN_2020]);
  });

  it('takes only the reports of a given year', () => {
    expect(ids(dataset, { year: 2020 })).toEqual([DONG_2020, XI_2020, NAN_2020]);
    expect(ids(dataset, { year: 2022 })).toEqual([DONG_2022]);
  });

  it('selects nothing for a year no report has', () => {
    expect(ids(dataset, { year: 2019 })).toEqual([]);
  });
});

describe('selectReports: places', () => {
  it('keeps only the reports of the chosen province', () => {
    expect(ids(dataset, { province: '乙省' })).toEqual([NAN_2020]);
    expect(ids(dataset, { province: '甲省', year: 'all' })).toEqual([DONG_2020, DONG_2022, XI_2020]);
  });

  it('keeps only the chosen districts', () => {
    expect(ids(dataset, { districts: [XI_CODE, NAN_CODE] })).toEqual([XI_2020, NAN_2020]);
  });

  it('picks the latest report among the chosen districts only', () => {
    expect(ids(dataset, { districts: [DONG_CODE] })).toEqual([DONG_2022]);
    expect(ids(dataset, { districts: [DONG_CODE], year: 2020 })).toEqual([DONG_2020]);
  });

  it('applies province and districts together', () => {
    expect(ids(dataset, { province: '甲省', districts: [NAN_CODE] })).toEqual([]);
    expect(ids(dataset, { province: '甲省', districts: [NAN_CODE, XI_CODE] })).toEqual([XI_2020]);
  });

  it('matches nothing for an unknown province or district', () => {
    expect(ids(dataset, { province: '丙省' })).toEqual([]);
    expect(ids(dataset, { districts: ['000000'] })).toEqual([]);
  });
});

describe('selectReports: order', () => {
  it('gives the same order whatever the order of the dataset', () => {
    const reversed: Dataset = { ...dataset, reports: [...dataset.reports].reverse() };
    for (const year of ['latest', 'all', 2020] as const) {
      expect(ids(reversed, { year })).toEqual(ids(dataset, { year }));
    }
    // The fixture lists 南区 first; the selection orders by province (甲 before 乙), then district.
    expect(dataset.reports[0].id).toBe(NAN_2020);
    expect(ids(dataset, { year: 'all' }).at(-1)).toBe(NAN_2020);
  });

  it('does not reorder the dataset it reads', () => {
    const before = dataset.reports.map((report) => report.id);
    selectReports(dataset, filter({ year: 'all' }));
    expect(dataset.reports.map((report) => report.id)).toEqual(before);
  });
});

describe('yearsOf and labelReport', () => {
  it('lists distinct years ascending', () => {
    expect(yearsOf(dataset.reports)).toEqual([2020, 2022]);
    expect(yearsOf([])).toEqual([]);
  });

  it('labels a report with its district and year', () => {
    expect(labelReport(dataset.reportById.get(DONG_2022)!)).toBe('东区 2022');
  });

  it("marks a report the analyst loaded as theirs, in either language", () => {
    const own = { ...dataset.reportById.get(DONG_2022)!, origin: 'user' as const };
    expect(labelReport(own)).toBe('东区 2022（我的数据）');
    expect(labelReport(own, 'en')).toBe('Dong District 2022 (your data)');
  });
});

describe('selectReports: kept selections', () => {
  it('keeps the selections asked for most recently: one in constant use is not dropped for sixteen others', () => {
    const data = makeDataset();
    const national = selectReports(data, filter({}));
    for (let i = 0; i < 40; i++) {
      selectReports(data, filter({ districts: [`99${i}`] }));
      // The country's selection, asked for again between the others, stays the same array.
      expect(selectReports(data, filter({}))).toBe(national);
    }
    const first = selectReports(data, filter({ districts: ['990'] }));
    for (let i = 1; i < 20; i++) selectReports(data, filter({ districts: [`99${i}`] }));
    expect(selectReports(data, filter({ districts: ['990'] }))).not.toBe(first);
  });
});

describe('districtsWithoutYear', () => {
  const missing = (change: Partial<ReportFilter>) => districtsWithoutYear(dataset, filter(change)).map((report) => report.id);

  it('names the districts in the filter that have no report of the year, each by its latest report', () => {
    // 西区 and 南区 report for 2020 only; 东区 has a 2022 report.
    expect(missing({ year: 2022 })).toEqual([XI_2020, NAN_2020]);
    expect(missing({ year: 2022, districts: [DONG_CODE, NAN_CODE] })).toEqual([NAN_2020]);
    expect(missing({ year: 2022, province: '乙省' })).toEqual([NAN_2020]);
  });

  it('names none when every district of the filter has a report of the year, or for the latest or all years', () => {
    expect(missing({ year: 2020 })).toEqual([]);
    expect(missing({ year: 2022, districts: [DONG_CODE] })).toEqual([]);
    expect(missing({ year: 'latest' })).toEqual([]);
    expect(missing({ year: 'all' })).toEqual([]);
  });

  it('leaves out a chosen district the data does not have', () => {
    expect(missing({ year: 2022, districts: ['999999'] })).toEqual([]);
  });
});
