import { describe, expect, it } from 'vitest';
import { selectReports } from './selectReports';
import { selectTopReports } from './selectTopReports';
import { DONG_2022, NAN_2020, XI_2020, makeDataset } from '../../test/fixtures/makeDataset';

describe('selectTopReports', () => {
  const dataset = makeDataset();
  const reports = selectReports(dataset, { year: 'latest', province: null, districts: [] });

  it('keeps every report, in their order, while they are within the limit', () => {
    expect(selectTopReports(dataset, reports, 'mediation_cases', 3)).toEqual(reports);
  });

  it('keeps those with the largest value, largest first, and puts reports without the figure last', () => {
    // 东区 2022 mediated 1500, 南区 about 1200, 西区 gives no mediation count.
    expect(selectTopReports(dataset, reports, 'mediation_cases', 2).map((report) => report.id)).toEqual([DONG_2022, NAN_2020]);
    expect(selectTopReports(dataset, reports, 'litigation_cases', 1).map((report) => report.id)).toEqual([XI_2020]);
  });
});
