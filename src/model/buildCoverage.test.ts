import { describe, it, expect } from 'vitest';
import { buildCoverage, buildProvinceCoverage, coverageShare } from './buildCoverage';
import { selectReports } from './selectReports';
import { DONG_2022, NAN_2020, XI_2020, makeDataset } from '../../test/fixtures/makeDataset';

const dataset = makeDataset();
const latest = selectReports(dataset, { year: 'latest', province: null, districts: [] });

describe('buildCoverage', () => {
  it('puts each report’s observation in its cell and leaves gaps undefined', () => {
    const coverage = buildCoverage(dataset, latest, ['mediation_cases', 'litigation_cases']);
    expect(coverage.reports.map((report) => report.id)).toEqual([DONG_2022, XI_2020, NAN_2020]);
    expect(coverage.indicators.map((indicator) => indicator.id)).toEqual(['mediation_cases', 'litigation_cases']);
    expect(coverage.cells.map((row) => row.map((cell) => cell?.key))).toEqual([
      [`${DONG_2022}/mediation_cases`, undefined],
      [undefined, `${XI_2020}/litigation_cases`],
      [`${NAN_2020}/mediation_cases`, undefined],
    ]);
    expect(coverage.cells[0][0]?.value).toBe(1500);
  });

  it('skips unknown indicator ids without shifting the columns', () => {
    const coverage = buildCoverage(dataset, latest, ['nope', 'mediation_success_rate']);
    expect(coverage.indicators.map((indicator) => indicator.id)).toEqual(['mediation_success_rate']);
    expect(coverage.cells.map((row) => row.map((cell) => cell?.value))).toEqual([[98.2], [97], [96.5]]);
  });
});

describe('coverageShare', () => {
  it('is the share of reported cells', () => {
    expect(coverageShare(buildCoverage(dataset, latest, ['mediation_cases', 'litigation_cases']))).toBeCloseTo(
      3 / 6,
      9,
    );
    expect(coverageShare(buildCoverage(dataset, latest, ['mediation_success_rate']))).toBe(1);
    expect(coverageShare(buildCoverage(dataset, latest, ['mediation_labour']))).toBe(0);
  });

  it('is 0 for an empty matrix', () => {
    expect(coverageShare(buildCoverage(dataset, [], ['mediation_cases']))).toBe(0);
    expect(coverageShare(buildCoverage(dataset, latest, []))).toBe(0);
  });
});

describe('buildProvinceCoverage', () => {
  it('gives, per province, the share of its selected reports that report each indicator', () => {
    const dataset = makeDataset();
    const reports = selectReports(dataset, { year: 'all', province: null, districts: [] });
    const coverage = buildProvinceCoverage(dataset, reports, ['mediation_cases', 'litigation_cases', 'no_such_indicator']);
    expect(coverage.indicators.map((indicator) => indicator.id)).toEqual(['mediation_cases', 'litigation_cases']);
    // In the order of the reports: the Chinese collation puts 甲 (jiǎ) before 乙 (yǐ).
    expect(coverage.provinces).toEqual([
      { province: '甲省', reports: 3 },
      { province: '乙省', reports: 1 },
    ]);
    // 甲省: 东区 2020 and 2022 give a mediation count, 西区 does not; 西区 and 东区 2020 give a litigation count.
    expect(coverage.shares).toEqual([
      [2 / 3, 1],
      [2 / 3, 0],
    ]);
    expect(coverage.overall).toBe(5 / 8);
  });
});
