import { describe, it, expect, vi } from 'vitest';
import type { YearFilter } from '../url/viewState';
import { buildComparison, canBePerCapita, describeCaveats, hasNote, per10k, qualifierOf, reportedValueOf, type Comparison } from './buildComparison';
import { ObservationTable } from '../data/observationTable';
import type { Dataset } from '../data/dataset';
import { bigComparison } from '../../test/fixtures/bigComparison';
import { selectReports } from './selectReports';
import {
  CENSUS_DATE,
  CENSUS_SOURCE,
  DONG_2020,
  DONG_2022,
  DONG_2022_NOTE,
  DONG_2022_NOTE_ZH,
  DONG_POPULATION,
  NAN_2020,
  NAN_AMOUNT_NOTE,
  NAN_POPULATION,
  XI_2020,
  makeDataset,
} from '../../test/fixtures/makeDataset';

const dataset = makeDataset();

function compare(indicatorId: string, year: YearFilter = 'latest', perCapita = false): Comparison {
  const reports = selectReports(dataset, { year, province: null, districts: [] });
  const comparison = buildComparison(dataset, reports, indicatorId, perCapita);
  if (!comparison) throw new Error(`no comparison for ${indicatorId}`);
  return comparison;
}

const reportIds = (comparison: Comparison) => comparison.rows.map((row) => row.report.id);
const values = (comparison: Comparison) => comparison.rows.map((row) => row.value);

describe('buildComparison: rows', () => {
  it('sorts reported rows by value, largest first', () => {
    const comparison = compare('mediation_cases', 'all');
    expect(reportIds(comparison)).toEqual([DONG_2022, NAN_2020, DONG_2020, XI_2020]);
    expect(values(comparison)).toEqual([1500, 1200, 800, undefined]);
  });

  it('keeps a report that does not give the figure, last, with no value and no observation (never 0)', () => {
    const comparison = compare('mediation_cases');
    const last = comparison.rows.at(-1)!;
    expect(last.report.id).toBe(XI_2020);
    expect(last.value).toBeUndefined();
    expect(last.observation).toBeUndefined();
    expect(comparison.rows.filter((row) => row.value === 0)).toEqual([]);
  });

  it('keeps the gaps in the order of the selected reports', () => {
    const comparison = compare('mediation_family', 'all');
    expect(reportIds(comparison)).toEqual([DONG_2022, NAN_2020, DONG_2020, XI_2020]);
    expect(values(comparison)).toEqual([600, 300, undefined, undefined]);
  });

  it('links each value to its observation', () => {
    const comparison = compare('mediation_cases');
    expect(comparison.rows[0].observation?.key).toBe(`${DONG_2022}/mediation_cases`);
    expect(comparison.rows[1].observation?.qualifier).toBe('approx');
  });

  it('returns undefined for an unknown indicator', () => {
    expect(buildComparison(dataset, dataset.reports, 'no_such_indicator', false)).toBeUndefined();
  });

  it('keeps the unit of the indicator as reported', () => {
    const comparison = compare('mediation_cases');
    expect(comparison.perCapita).toBe(false);
    expect(comparison.unit).toBe('件');
  });
});

describe('buildComparison: per capita', () => {
  it('divides by the population per 10,000 residents and re-sorts by the per-capita value', () => {
    const comparison = compare('mediation_cases', 'latest', true);
    expect(comparison.perCapita).toBe(true);
    expect(comparison.unit).toBe('件/万人');
    // Raw, 东区 (1500) ranks above 南区 (1200); per 10,000 residents 南区 (60) ranks above 东区 (30).
    expect(reportIds(comparison)).toEqual([NAN_2020, DONG_2022, XI_2020]);
    expect(comparison.rows[0].value).toBeCloseTo((1200 / NAN_POPULATION) * 10_000, 9);
    expect(comparison.rows[1].value).toBeCloseTo((1500 / DONG_POPULATION) * 10_000, 9);
    expect(comparison.rows[0].value).toBeCloseTo(60, 9);
    expect(comparison.rows[2].value).toBeUndefined();
  });

  it('keeps the reported figure on the observation when drawing per capita', () => {
    const comparison = compare('mediation_cases', 'latest', true);
    expect(comparison.rows[0].observation?.value).toBe(1200);
  });

  it('leaves a report without a population row with its observation but no value, among the gaps', () => {
    const comparison = compare('litigation_cases', 2020, true);
    expect(reportIds(comparison)).toEqual([DONG_2020, XI_2020, NAN_2020]);
    expect(comparison.rows[0].value).toBeCloseTo(0.18, 9);
    expect(comparison.rows[1].observation?.value).toBe(12);
    expect(comparison.rows[1].value).toBeUndefined();
    expect(comparison.rows[2].observation).toBeUndefined();
  });

  it('refuses per capita for a rate and draws the rate as reported', () => {
    const comparison = compare('mediation_success_rate', 'latest', true);
    expect(comparison.perCapita).toBe(false);
    expect(comparison.unit).toBe('%');
    expect(values(comparison)).toEqual([98.2, 97, 96.5]);
  });

  it('allows per capita for counts and amounts only', () => {
    const kinds = Object.fromEntries(dataset.indicators.map((indicator) => [indicator.id, canBePerCapita(indicator)]));
    expect(kinds).toMatchObject({ mediation_cases: true, mediation_amount: true, mediation_success_rate: false });
    expect(canBePerCapita({ ...dataset.indicatorById.get('mediation_cases')!, kind: 'change' })).toBe(false);
    expect(canBePerCapita({ ...dataset.indicatorById.get('mediation_cases')!, kind: 'duration' })).toBe(false);
  });

  it('computes per10k as value per 10,000 residents', () => {
    expect(per10k(1200, 200_000)).toBeCloseTo(60, 9);
    expect(per10k(5, 10_000)).toBeCloseTo(5, 9);
  });
});

describe('buildComparison: caveats', () => {
  it('warns when the reported values come from different years', () => {
    const { caveats } = compare('mediation_cases');
    expect(caveats).toContain('比较了不同年份的报告（2020、2022年），跨年度排名仅供参考。');
  });

  it('does not warn about years when every reported value is from one year, even if a gap is from another', () => {
    expect(compare('mediation_cases', 2020).caveats.join('\n')).not.toContain('不同年份');
    // All reports are selected (2020 and 2022), but only the 2020 reports give litigation cases.
    expect(compare('litigation_cases', 'all').caveats.join('\n')).not.toContain('不同年份');
  });

  it('gives a report’s note in Chinese when it has one', () => {
    const { caveats } = compare('mediation_cases');
    expect(caveats).toContain(`东区：${DONG_2022_NOTE_ZH}`);
    expect(caveats.join('\n')).not.toContain(DONG_2022_NOTE);
  });

  it('falls back to the English note when there is no Chinese one', () => {
    expect(compare('mediation_amount').caveats).toContain(`南区：${NAN_AMOUNT_NOTE}`);
  });

  it('names the districts whose values are hedged, in ranking order', () => {
    expect(compare('mediation_cases', 2020).caveats).toContain('南区、东区的数值在报告中为约数或上下限，按原文保留。');
    expect(compare('mediation_success_rate').caveats.join('\n')).not.toContain('约数');
  });

  it('cites the census only when values are per capita', () => {
    const census = `每万人数值按第七次全国人口普查常住人口（${CENSUS_DATE}）计算，来源：${CENSUS_SOURCE}。`;
    expect(compare('mediation_cases', 'latest', true).caveats).toContain(census);
    expect(compare('mediation_cases', 'latest', false).caveats.join('\n')).not.toContain('人口普查');
    expect(compare('mediation_success_rate', 'latest', true).caveats.join('\n')).not.toContain('人口普查');
  });

  it('has no caveats for exact values of one year without notes', () => {
    expect(compare('litigation_cases', 2020).caveats).toEqual([]);
  });
});

describe('describeCaveats across a province or the country', () => {
  it('names the first ten hedged districts and counts the rest', () => {
    const comparison = bigComparison(40);
    const rows = comparison.rows.map((row) => ({ ...row, observation: { ...row.observation!, qualifier: 'approx' as const } }));
    const hedged = describeCaveats(makeDataset(), rows, false, 'zh').find((caveat) => caveat.includes('约数'))!;
    expect(hedged).toContain('第1区、');
    expect(hedged).toContain('第10区等 40 个区县的数值');
    expect(hedged).not.toContain('第11区');
  });

  it('lists ten notes and says how many more districts count differently', () => {
    const comparison = bigComparison(25);
    const rows = comparison.rows.map((row) => ({ ...row, observation: { ...row.observation!, note: 'Counts differently.', noteZh: '口径不同。' } }));
    const caveats = describeCaveats(makeDataset(), rows, false, 'en');
    expect(caveats.filter((caveat) => caveat.includes('Counts differently.'))).toHaveLength(10);
    expect(caveats.at(-1)).toBe("15 more districts count differently: see the table below the chart and each value's source.");
  });
});

describe('buildComparison from the columns of a table', () => {
  // The same dataset with its observations in a Map: every row's observation made and read as it is.
  const byObservations: Dataset = { ...dataset, observationByKey: new Map(dataset.observations.map((o) => [o.key, o])) };
  const shape = (comparison: Comparison | undefined) =>
    comparison && {
      ...comparison,
      rows: comparison.rows.map((row) => ({
        report: row.report.id,
        value: row.value,
        observation: row.observation,
        qualifier: qualifierOf(row),
        reported: reportedValueOf(row),
        noted: hasNote(row),
      })),
    };

  it('gives the rows, values, gaps, hedges, notes and caveats the observations give', () => {
    expect(dataset.observationByKey).toBeInstanceOf(ObservationTable);
    let compared = 0;
    for (const indicator of dataset.indicators) {
      for (const year of ['latest', 'all', 2020, 2022] as const) {
        const reports = selectReports(dataset, { year, province: null, districts: [] });
        for (const perCapita of [false, true]) {
          for (const lang of ['zh', 'en'] as const) {
            const fromColumns = buildComparison(dataset, reports, indicator.id, perCapita, lang);
            expect(shape(fromColumns)).toEqual(shape(buildComparison(byObservations, reports, indicator.id, perCapita, lang)));
            compared += fromColumns!.rows.length;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('makes the observation of a row only when it is read, or when its note is needed', () => {
    const at = vi.spyOn(ObservationTable.prototype, 'at');
    try {
      const reports = selectReports(dataset, { year: 'all', province: null, districts: [] });
      const comparison = buildComparison(dataset, reports, 'mediation_cases', false, 'en')!;
      // 东区 2022's note is the only one of the figure: its observation was made for the caveat.
      expect(comparison.caveats.some((caveat) => caveat.includes(DONG_2022_NOTE))).toBe(true);
      expect(at).toHaveBeenCalledTimes(1);
      expect(comparison.rows[1].observation?.qualifier).toBe('approx');
      expect(at).toHaveBeenCalledTimes(2);
    } finally {
      at.mockRestore();
    }
  });
});
