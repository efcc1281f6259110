import { describe, it, expect } from 'vitest';
import type { DatasetTexts } from '../data/buildDataset';
import type { YearFilter } from '../url/viewState';
import { buildComparison, type Comparison } from '../model/buildComparison';
import { selectReports } from '../model/selectReports';
import { NOT_REPORTED, buildRankingOption, describeRanking } from './buildRankingOption';
import {
  DONG_2020,
  DONG_2022,
  NAN_2020,
  fixtureTexts,
  makeDataset,
  withDistrictName,
} from '../../test/fixtures/makeDataset';
import { axisLabel, shapeOf } from '../../test/fixtures/chartOption';
import { bigComparison } from '../../test/fixtures/bigComparison';

function comparison(
  indicatorId: string,
  year: YearFilter = 'latest',
  perCapita = false,
  texts: DatasetTexts = fixtureTexts(),
): Comparison {
  const dataset = makeDataset(texts);
  const result = buildComparison(
    dataset,
    selectReports(dataset, { year, province: null, districts: [] }),
    indicatorId,
    perCapita,
  );
  if (!result) throw new Error(`no comparison for ${indicatorId}`);
  return result;
}

const ranking = (...args: Parameters<typeof comparison>) => shapeOf(buildRankingOption(comparison(...args)));

describe('buildRankingOption: axes and data', () => {
  it('gives its series the same id in every drawing, so a new drawing updates the bars in place', () => {
    const ids = [ranking('mediation_cases'), ranking('mediation_cases', 2020, true), ranking('litigation_cases')].map((option) =>
      option.series.map((s) => s.id),
    );
    expect(ids).toEqual([['values'], ['values'], ['values']]);
  });

  it('draws horizontal bars: districts on a category y axis, values on an x axis from 0 in the unit', () => {
    const option = ranking('mediation_cases');
    expect(option.yAxis.type).toBe('category');
    expect(option.xAxis.type).toBe('value');
    expect(option.xAxis.min).toBe(0);
    expect(option.xAxis.name).toBe('件');
    expect(option.series[0].type).toBe('bar');
    expect(option.series[0].name).toBe('调解纠纷');
  });

  it('ticks a count in whole numbers written in one form and few of them; a per-capita rate may tick in decimals', () => {
    const option = ranking('mediation_cases');
    expect(option.xAxis.minInterval).toBe(1);
    expect(option.xAxis.splitNumber).toBe(4);
    const tick = option.xAxis.axisLabel.formatter as unknown as (value: number) => string;
    // Up to 1,500 the ticks step by less than 1万: every one is written whole (compactAxisFormatter).
    expect([0, 500, 1000, 1500].map(tick)).toEqual(['0', '500', '1,000', '1,500']);
    expect(ranking('mediation_cases', 'latest', true).xAxis.minInterval).toBeUndefined();
  });

  it('puts the largest value at the top and the not-reported district at the bottom', () => {
    // ECharts draws the first category at the bottom.
    expect(ranking('mediation_cases').yAxis.data).toEqual(['西区 2020', '南区 2020', '东区 2022']);
  });

  it('gives each bar the key of its observation', () => {
    const data = ranking('mediation_cases').series[0].data;
    expect(data.map((datum) => datum.key)).toEqual([
      undefined,
      `${NAN_2020}/mediation_cases`,
      `${DONG_2022}/mediation_cases`,
    ]);
    expect(data[2]).toEqual({ value: 1500, key: `${DONG_2022}/mediation_cases`, qualifier: 'exact', reported: 1500 });
  });

  it('gives a not-reported district the value "-" (no bar), never 0', () => {
    const data = ranking('mediation_cases').series[0].data;
    expect(data[0]).toEqual({ value: '-' });
    expect(data.filter((datum) => datum.value === 0)).toEqual([]);
  });

  it('labels a not-reported district 未报告 on the axis and leaves reported ones plain', () => {
    const option = ranking('mediation_cases');
    expect(axisLabel(option.yAxis, 0)).toContain(NOT_REPORTED);
    expect(axisLabel(option.yAxis, 0)).toContain('西区 2020');
    expect(axisLabel(option.yAxis, 1)).toBe('南区 2020');
    expect(axisLabel(option.yAxis, 2)).toBe('东区 2022');
  });
});

describe('buildRankingOption: labels and tooltip', () => {
  it('keeps the hedge in the bar label (约, 余) and leaves gaps unlabelled', () => {
    const option = ranking('mediation_cases', 'all');
    const { data, label } = option.series[0];
    const byKey = (key: string) => label.formatter({ data: data.find((datum) => datum.key === key)! });
    expect(byKey(`${NAN_2020}/mediation_cases`)).toBe('约1,200');
    expect(byKey(`${DONG_2020}/mediation_cases`)).toBe('800余');
    expect(byKey(`${DONG_2022}/mediation_cases`)).toBe('1,500');
    expect(label.formatter({ data: data.find((datum) => datum.value === '-')! })).toBe('');
  });

  it('labels per-capita bars with the drawn value and the hedge, and the tooltip with the reported figure', () => {
    const option = ranking('mediation_cases', 'latest', true);
    expect(option.xAxis.name).toBe('件/万人');
    const top = option.series[0].data.at(-1)!;
    expect(top.key).toBe(`${NAN_2020}/mediation_cases`);
    expect(option.series[0].label.formatter({ data: top })).toBe('约60');
    const tooltip = option.tooltip.formatter({ name: option.yAxis.data!.at(-1)!, data: top });
    expect(tooltip).toContain('<b>约1,200</b> 件');
    expect(tooltip).toContain('南区 2020');
  });

  it('names a gap in the tooltip as 未报告', () => {
    const option = ranking('mediation_cases');
    expect(option.tooltip.formatter({ name: option.yAxis.data![0], data: option.series[0].data[0] })).toBe(
      `西区 2020<br/>调解纠纷：${NOT_REPORTED}`,
    );
  });

  it('escapes markup in a district name in the tooltip, for reported and not-reported districts', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const escaped = '&#60;img src=x onerror=alert(1)&#62;';
    for (const district of ['南区', '西区']) {
      const option = ranking('mediation_cases', 'latest', false, withDistrictName(fixtureTexts(), district, hostile));
      const index = option.yAxis.data!.findIndex((label) => label.startsWith(hostile));
      expect(index).toBeGreaterThanOrEqual(0);
      const tooltip = option.tooltip.formatter({ name: option.yAxis.data![index], data: option.series[0].data[index] });
      expect(tooltip).toContain(escaped);
      expect(tooltip).not.toContain('<img');
    }
  });

  it('neutralises rich-text markup in a district named {a|x}', () => {
    for (const district of ['南区', '西区']) {
      const option = ranking('mediation_cases', 'latest', false, withDistrictName(fixtureTexts(), district, '{a|x}'));
      const index = option.yAxis.data!.findIndex((label) => label.includes('a') && label.includes('x'));
      const category = option.yAxis.data![index];
      expect(category).toBe('（a｜x） 2020');
      // The only rich-text markup left is the chart's own {gap|…} around a not-reported district.
      expect(axisLabel(option.yAxis, index).replace(/^\{gap\|(.*)\}$/, '$1')).not.toMatch(/[{}|]/);
    }
  });
});

describe('buildRankingOption: accessibility', () => {
  it('enables aria and describes the ranking with values and gaps', () => {
    const option = ranking('mediation_cases');
    expect(option.aria.enabled).toBe(true);
    expect(option.aria.label.description).toBe(
      '调解纠纷，从高到低：东区 2022 1,500件，南区 2020 约1,200件；未报告：西区 2020。',
    );
  });

  it('says there is no data when nobody reports the indicator', () => {
    expect(describeRanking(comparison('mediation_labour'))).toBe(
      '劳动纠纷，从高到低：无数据；未报告：东区 2022、西区 2020、南区 2020。',
    );
  });
});

describe('buildRankingOption: a national ranking', () => {
  it('draws the top 10 and bottom 10 of 2,850 districts with their ranks, and one line for those between', () => {
    const option = shapeOf(buildRankingOption(bigComparison(2840, 10)));
    const labels = option.yAxis.data!;
    expect(labels).toHaveLength(21);
    // ECharts draws the first category at the bottom: the last-ranked district comes first.
    expect(labels[0]).toBe('2840. 第2840区 2022');
    expect(labels[20]).toBe('1. 第1区 2022');
    expect(labels[10]).toBe('⋯ 其间还有 2,820 个区县 ⋯');
    expect(axisLabel(option.yAxis, 10)).toBe('{gap|⋯ 其间还有 2,820 个区县 ⋯}');
    expect(option.series[0].data[10]).toEqual({ value: '-' });
    expect(option.series[0].data[20]).toMatchObject({ value: 28400, key: '2020-big-0/mediation_cases' });
  });

  it('counts the districts that did not report instead of drawing them', () => {
    const option = shapeOf(buildRankingOption(bigComparison(30, 500)));
    expect(option.yAxis.data!.some((label) => label.includes('未报告'))).toBe(false);
    expect(option.series[0].data.filter((datum) => datum.key)).toHaveLength(20);
  });

  it('describes only the drawn districts to screen readers', () => {
    const description = describeRanking(bigComparison(2850));
    expect(description).toContain('第1区 2022 28,500件');
    expect(description).toContain('第2850区 2022 10件');
    expect(description).not.toContain('第11区 2022');
  });

  it('still draws every district of a short ranking, without ranks', () => {
    expect(shapeOf(buildRankingOption(bigComparison(20, 4))).yAxis.data).toHaveLength(24);
    expect(shapeOf(buildRankingOption(bigComparison(20, 4))).yAxis.data![23]).toBe('第1区 2022');
  });
});
