import { describe, it, expect } from 'vitest';
import type { YearFilter } from '../url/viewState';
import { breakdownIndicators, buildGrouped, toShares, type Grouped } from './buildGrouped';
import { selectReports } from './selectReports';
import {
  DONG_2022,
  DONG_2022_NOTE_ZH,
  DONG_POPULATION,
  NAN_2020,
  NAN_POPULATION,
  XI_2020,
  fixtureTexts,
  makeDataset,
} from '../../test/fixtures/makeDataset';

const dataset = makeDataset();
const BREAKDOWN = ['mediation_family', 'mediation_neighbour', 'mediation_labour'];

function grouped(indicatorIds: readonly string[], year: YearFilter = 'latest', perCapita = false): Grouped {
  const reports = selectReports(dataset, { year, province: null, districts: [] });
  return buildGrouped(dataset, reports, indicatorIds, perCapita);
}

const seriesIds = (g: Grouped) => g.series.map((s) => s.indicator.id);

describe('buildGrouped', () => {
  it('drops a series that no selected report gives, and keeps the others in the order asked', () => {
    const g = grouped(['mediation_neighbour', 'mediation_labour', 'mediation_family']);
    expect(seriesIds(g)).toEqual(['mediation_neighbour', 'mediation_family']);
  });

  it('drops a series given only by reports outside the selection', () => {
    // Only 东区 2022 gives neighbour disputes; the 2020 selection leaves it out.
    expect(seriesIds(grouped(BREAKDOWN, 2020))).toEqual(['mediation_family']);
  });

  it('skips unknown indicator ids', () => {
    expect(seriesIds(grouped(['nope', 'mediation_cases']))).toEqual(['mediation_cases']);
  });

  it('has one cell per report, in report order, empty where not reported', () => {
    const g = grouped(BREAKDOWN);
    expect(g.reports.map((report) => report.id)).toEqual([DONG_2022, XI_2020, NAN_2020]);
    const family = g.series[0];
    expect(family.cells.map((cell) => cell.value)).toEqual([600, undefined, 300]);
    expect(family.cells.map((cell) => cell.observation?.key)).toEqual([
      `${DONG_2022}/mediation_family`,
      undefined,
      `${NAN_2020}/mediation_family`,
    ]);
    expect(family.cells[1]).toEqual({});
  });

  it('draws per 10,000 residents when asked, keeping the reported figure on the observation', () => {
    const g = grouped(['mediation_cases'], 'latest', true);
    const [cells] = g.series.map((s) => s.cells);
    expect(g.perCapita).toBe(true);
    expect(cells[0].value).toBeCloseTo((1500 / DONG_POPULATION) * 10_000, 9);
    expect(cells[2].value).toBeCloseTo((1200 / NAN_POPULATION) * 10_000, 9);
    expect(cells[0].observation?.value).toBe(1500);
  });

  it('carries the comparison caveats, each once', () => {
    const g = grouped(['mediation_cases', 'mediation_family'], 'latest', true);
    expect(g.caveats).toContain(`东区：${DONG_2022_NOTE_ZH}`);
    expect(g.caveats).toContain('比较了不同年份的报告（2020、2022年），跨年度排名仅供参考。');
    expect(g.caveats.filter((line) => line.includes('人口普查'))).toHaveLength(1);
    expect(new Set(g.caveats).size).toBe(g.caveats.length);
  });

  it('names a district with several hedged values once in the hedge caveat', () => {
    // 南区 gives 约1200 disputes; here its family disputes read 300余 as well.
    const texts = fixtureTexts();
    const hedged = makeDataset({
      ...texts,
      observations: texts.observations.replace(
        `${NAN_2020},mediation_family,300,exact,婚姻家庭纠纷300件`,
        `${NAN_2020},mediation_family,300,at_least,婚姻家庭纠纷300余件`,
      ),
      sources: {
        ...texts.sources,
        'nan-2020.txt': texts.sources['nan-2020.txt'].replace('婚姻家庭纠纷300件', '婚姻家庭纠纷300余件'),
      },
    });
    const reports = selectReports(hedged, { year: 'latest', province: null, districts: [] });
    const g = buildGrouped(hedged, reports, ['mediation_cases', 'mediation_family'], false);
    expect(g.series[0].cells[2].observation?.qualifier).toBe('approx');
    expect(g.series[1].cells[2].observation?.qualifier).toBe('at_least');
    expect(g.caveats).toContain('南区的数值在报告中为约数或上下限，按原文保留。');
  });
});

describe('toShares', () => {
  it('gives each report 100 % over its reported parts and NaN for the parts it does not give', () => {
    const g = grouped(BREAKDOWN);
    const shares = toShares(g);
    // Series: family, neighbour. Reports: 东区 2022 (600 + 400), 西区 (none), 南区 (300 only).
    expect(shares[0][0]).toBeCloseTo(60, 9);
    expect(shares[1][0]).toBeCloseTo(40, 9);
    expect(shares[0][2]).toBeCloseTo(100, 9);
    expect(shares[1][2]).toBeNaN();
    expect(shares[0][1]).toBeNaN();
    expect(shares[1][1]).toBeNaN();
  });

  it('sums to 100 for every report that gives at least one part', () => {
    const g = grouped(BREAKDOWN, 'all');
    const shares = toShares(g);
    g.reports.forEach((_, i) => {
      const parts = shares.map((row) => row[i]).filter((share) => !Number.isNaN(share));
      if (parts.length > 0) expect(parts.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 9);
    });
    expect(shares.flat().filter((share) => !Number.isNaN(share)).length).toBeGreaterThan(0);
  });

  it('gives NaN, not a share, where a report’s parts add up to 0', () => {
    const g = grouped(['mediation_family']);
    const zeroed: Grouped = {
      ...g,
      series: g.series.map((s) => ({
        ...s,
        cells: s.cells.map((cell) => ({ ...cell, value: cell.value === undefined ? undefined : 0 })),
      })),
    };
    expect(toShares(zeroed)[0].every((share) => Number.isNaN(share))).toBe(true);
  });
});

describe('breakdownIndicators', () => {
  it('lists the parts of a total in dictionary order', () => {
    expect(breakdownIndicators(dataset, 'mediation_cases').map((indicator) => indicator.id)).toEqual(BREAKDOWN);
    expect(breakdownIndicators(dataset, 'mediation_family')).toEqual([]);
  });
});
