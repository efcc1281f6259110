import { describe, it, expect } from 'vitest';
import type { DatasetTexts } from '../data/buildDataset';
import type { YearFilter } from '../url/viewState';
import { buildComparison, type Comparison } from '../model/buildComparison';
import { selectReports } from '../model/selectReports';
import { NOT_REPORTED } from './buildRankingOption';
import { buildRateOption } from './buildRateOption';
import { rateAxisMin } from './rateAxis';
import {
  DONG_2022,
  NAN_2020,
  XI_2020,
  fixtureTexts,
  makeDataset,
  withDistrictName,
  withoutObservation,
} from '../../test/fixtures/makeDataset';
import { axisLabel, shapeOf } from '../../test/fixtures/chartOption';
import { bigComparison } from '../../test/fixtures/bigComparison';

function comparison(year: YearFilter = 'latest', texts: DatasetTexts = fixtureTexts()): Comparison {
  const dataset = makeDataset(texts);
  const result = buildComparison(
    dataset,
    selectReports(dataset, { year, province: null, districts: [] }),
    'mediation_success_rate',
    false,
  );
  if (!result) throw new Error('no comparison');
  return result;
}

/** The comparison with its reported values replaced, largest first (to try other spreads). */
function withValues(base: Comparison, values: number[]): Comparison {
  // A row's observation may be made when first read (a getter), so the row is copied field by field.
  return { ...base, rows: base.rows.map((row, i) => ({ report: row.report, observation: row.observation, value: values[i] })) };
}

/** mulberry32: a small seeded PRNG. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('rateAxisMin', () => {
  it('starts below the lowest of rates crowded near 100 %, at a round number', () => {
    const min = rateAxisMin([96.5, 97, 98.2]);
    expect(min).toBeGreaterThan(0);
    expect(min).toBeLessThan(96.5);
    expect(Number.isInteger(min)).toBe(true);
  });

  it('starts at 0 when values spread widely', () => {
    expect(rateAxisMin([10, 95])).toBe(0);
    expect(rateAxisMin([40, 99])).toBe(0);
  });

  it('starts at 0 for low values and for no values', () => {
    expect(rateAxisMin([1, 2])).toBe(0);
    expect(rateAxisMin([0])).toBe(0);
    expect(rateAxisMin([])).toBe(0);
  });

  it('is never below 0 and never at or above the lowest positive value, for 1,000 random sets of rates', () => {
    const random = mulberry32(20240607);
    for (let i = 0; i < 1000; i++) {
      const count = 1 + Math.floor(random() * 6);
      const values = Array.from({ length: count }, () => Math.round(random() * 1000) / 10);
      const min = rateAxisMin(values);
      const low = Math.min(...values);
      expect(min, JSON.stringify(values)).toBeGreaterThanOrEqual(0);
      expect(min, JSON.stringify(values)).toBeLessThanOrEqual(low);
      if (min > 0) expect(min, JSON.stringify(values)).toBeLessThan(low);
    }
  });
});

describe('buildRateOption', () => {
  it('draws dots, not bars, on a category y axis', () => {
    const option = shapeOf(buildRateOption(comparison()));
    expect(option.series[0].type).toBe('scatter');
    expect(option.yAxis.type).toBe('category');
    expect(option.xAxis.type).toBe('value');
    expect(option.yAxis.data).toEqual(['南区 2020', '西区 2020', '东区 2022']);
  });

  it('starts the axis below the lowest rate and says so in the axis name', () => {
    const option = shapeOf(buildRateOption(comparison()));
    const min = option.xAxis.min!;
    expect(min).toBe(rateAxisMin([98.2, 97, 96.5]));
    expect(min).toBeGreaterThan(0);
    expect(min).toBeLessThan(96.5);
    expect(option.xAxis.name).toBe(`%（横轴从 ${min} 起，不从 0 开始）`);
    expect(option.xAxis.max).toBe(100);
  });

  it('names the axis by its unit alone when it starts at 0', () => {
    const option = shapeOf(buildRateOption(withValues(comparison(), [95, 30, 10])));
    expect(option.xAxis.min).toBe(0);
    expect(option.xAxis.name).toBe('%');
  });

  it('gives each dot the key of its observation and labels it with its percentage', () => {
    const option = shapeOf(buildRateOption(comparison()));
    const { data, label } = option.series[0];
    expect(data.map((datum) => datum.key)).toEqual([
      `${NAN_2020}/mediation_success_rate`,
      `${XI_2020}/mediation_success_rate`,
      `${DONG_2022}/mediation_success_rate`,
    ]);
    expect(data.map((datum) => label.formatter({ data: datum }))).toEqual(['96.5%', '97%', '98.2%']);
  });

  it('keeps a not-reported district at the bottom with value "-" and 未报告 on its label', () => {
    const option = shapeOf(
      buildRateOption(comparison('latest', withoutObservation(fixtureTexts(), XI_2020, 'mediation_success_rate'))),
    );
    expect(option.yAxis.data![0]).toBe('西区 2020');
    expect(option.series[0].data[0]).toEqual({ value: '-' });
    expect(option.series[0].data.filter((datum) => datum.value === 0)).toEqual([]);
    expect(axisLabel(option.yAxis, 0)).toContain(NOT_REPORTED);
    expect(axisLabel(option.yAxis, 1)).toBe('南区 2020');
    expect(option.series[0].label.formatter({ data: option.series[0].data[0] })).toBe('');
    // The gap does not pull the axis down to 0.
    expect(option.xAxis.min).toBeGreaterThan(0);
  });

  it('escapes markup in a district name in the tooltip', () => {
    const option = shapeOf(
      buildRateOption(comparison('latest', withDistrictName(fixtureTexts(), '南区', '<img src=x onerror=alert(1)>'))),
    );
    const tooltip = option.tooltip.formatter({ name: option.yAxis.data![0], data: option.series[0].data[0] });
    expect(tooltip).toContain('&#60;img src=x onerror=alert(1)&#62;');
    expect(tooltip).not.toContain('<img');
    expect(tooltip).toContain('<b>96.5</b>%');
  });

  it('neutralises rich-text markup in a district named {a|x}', () => {
    const option = shapeOf(buildRateOption(comparison('latest', withDistrictName(fixtureTexts(), '南区', '{a|x}'))));
    expect(option.yAxis.data![0]).toBe('（a｜x） 2020');
    expect(axisLabel(option.yAxis, 0)).not.toMatch(/[{}|]/);
  });

  it('enables aria and describes the rates with their values', () => {
    const option = shapeOf(buildRateOption(comparison()));
    expect(option.aria.enabled).toBe(true);
    expect(option.aria.label.description).toBe(
      '调解成功率，从高到低：东区 2022 98.2%，西区 2020 97%，南区 2020 96.5%。',
    );
  });
});

describe('buildRateOption: a national comparison', () => {
  it('draws the top and bottom 10 with ranks and fits the axis to the drawn dots', () => {
    const option = shapeOf(buildRateOption(bigComparison(2850, 0, 'mediation_success_rate')));
    expect(option.yAxis.data).toHaveLength(21);
    expect(option.yAxis.data![20]).toBe('1. 第1区 2022');
    expect(axisLabel(option.yAxis, 10)).toBe('{gap|⋯ 其间还有 2,830 个区县 ⋯}');
    expect(option.series[0].data.filter((datum) => datum.key)).toHaveLength(20);
  });
});
