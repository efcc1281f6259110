import { describe, it, expect } from 'vitest';
import type { DatasetTexts } from '../data/buildDataset';
import { buildGrouped, type Grouped } from '../model/buildGrouped';
import { selectReports } from '../model/selectReports';
import { NOT_REPORTED } from './buildRankingOption';
import { buildCompositionOption } from './buildCompositionOption';
import { buildGroupedOption } from './buildGroupedOption';
import { hasGapMarks } from './gapMark';
import { DONG_2022, NAN_2020, fixtureTexts, makeDataset, withDistrictName } from '../../test/fixtures/makeDataset';
import { axisLabel, shapeOf } from '../../test/fixtures/chartOption';
import { contrastRatio } from './categoryColors';

const FLOW = ['mediation_cases', 'mediation_family', 'mediation_neighbour', 'mediation_labour'];
const BREAKDOWN = ['mediation_family', 'mediation_neighbour', 'mediation_labour'];

function grouped(indicatorIds: readonly string[], perCapita = false, texts: DatasetTexts = fixtureTexts()): Grouped {
  const dataset = makeDataset(texts);
  return buildGrouped(
    dataset,
    selectReports(dataset, { year: 'latest', province: null, districts: [] }),
    indicatorIds,
    perCapita,
  );
}

describe('buildGroupedOption', () => {
  const option = shapeOf(buildGroupedOption(grouped(FLOW), '调解流程'));

  it('draws one group per district on a category x axis and values from 0 on the y axis', () => {
    expect(option.xAxis.type).toBe('category');
    expect(option.xAxis.data).toEqual(['东区 2022', '西区 2020', '南区 2020']);
    expect(option.yAxis.type).toBe('value');
    expect(option.yAxis.min).toBe(0);
    expect(option.yAxis.name).toBe('件');
  });

  it('draws one bar series per reported indicator, without the one nobody reports', () => {
    expect(option.series.map((s) => s.type)).toEqual(['bar', 'bar', 'bar']);
    expect(option.series.map((s) => s.name)).toEqual(['调解纠纷', '婚姻家庭纠纷', '邻里纠纷']);
  });

  it('gives each step\'s series its indicator as id, the same in every drawing, so a new drawing updates the bars in place', () => {
    expect(option.series.map((s) => s.id)).toEqual(['mediation_cases', 'mediation_family', 'mediation_neighbour']);
    const perCapita = shapeOf(buildGroupedOption(grouped(FLOW, true), '调解流程'));
    expect(perCapita.series.map((s) => s.id)).toEqual(option.series.map((s) => s.id));
    const shares = shapeOf(buildCompositionOption(grouped(BREAKDOWN), '纠纷类型'));
    expect(shares.series.map((s) => s.id)).toEqual(['mediation_family', 'mediation_neighbour']);
  });

  it('gives each bar the key of its observation and each gap the value "-" or a mark, never 0', () => {
    expect(option.series[0].data.map((datum) => datum.key)).toEqual([
      `${DONG_2022}/mediation_cases`,
      undefined,
      `${NAN_2020}/mediation_cases`,
    ]);
    // 西区 gives none of the figures: its axis label says so, and it draws nothing.
    expect(option.series.map((s) => s.data[1])).toEqual(option.series.map(() => ({ value: '-' })));
    expect(option.series.flatMap((s) => s.data).filter((datum) => datum.value === 0)).toEqual([]);
  });

  it('marks a figure left out by a district that gives others of the flow: an empty dashed outline', () => {
    // 南区 gives its disputes but not its neighbour disputes.
    const mark = option.series[2].data[2];
    expect(mark.gap).toBe(true);
    expect(mark.key).toBeUndefined();
    expect(mark.value).toBeGreaterThan(0);
    expect(mark.itemStyle).toMatchObject({ color: 'transparent', borderType: 'dashed' });
    expect(option.series[2].label.formatter({ data: mark })).toBe('');
    expect(hasGapMarks(grouped(FLOW))).toBe(true);
    expect(hasGapMarks(grouped(['mediation_cases']))).toBe(false);
    expect(option.tooltip.formatter({ name: '南区 2020', seriesName: '邻里纠纷', data: mark })).toContain(NOT_REPORTED);
  });

  it('labels a district that gives none of the figures 未报告 and leaves the others plain', () => {
    expect(axisLabel(option.xAxis, 1)).toContain(NOT_REPORTED);
    expect(axisLabel(option.xAxis, 1)).toContain('西区 2020');
    expect(axisLabel(option.xAxis, 0)).toBe('东区 2022');
    expect(axisLabel(option.xAxis, 2)).toBe('南区 2020');
  });

  it('keeps the hedge in the bar label and leaves gaps unlabelled', () => {
    const { data, label } = option.series[0];
    expect(label.formatter({ data: data[2] })).toBe('约1,200');
    expect(label.formatter({ data: data[0] })).toBe('1,500');
    expect(label.formatter({ data: data[1] })).toBe('');
  });

  it('shows the reported figure and unit in the tooltip, and names gaps with their series', () => {
    expect(
      option.tooltip.formatter({ name: '南区 2020', seriesName: '调解纠纷', data: option.series[0].data[2] }),
    ).toBe('南区 2020<br/>调解纠纷：<b>约1,200</b> 件<br/>点击查看原文');
    expect(
      option.tooltip.formatter({ name: '南区 2020', seriesName: '邻里纠纷', data: option.series[2].data[2] }),
    ).toBe(`南区 2020<br/>邻里纠纷：${NOT_REPORTED}`);
  });

  it('leaves out a bar label that would overlap another, rather than drawing numbers over each other', () => {
    const raw = buildGroupedOption(grouped(FLOW), '调解流程') as {
      series: { labelLayout?: { hideOverlap?: boolean } }[];
    };
    expect(raw.series.length).toBeGreaterThan(0);
    for (const series of raw.series) expect(series.labelLayout?.hideOverlap).toBe(true);
  });

  it('names the per-capita axis', () => {
    const perCapita = shapeOf(buildGroupedOption(grouped(FLOW, true), '调解流程'));
    expect(perCapita.yAxis.name).toBe('件/万人');
    expect(perCapita.series[0].data[2].value).toBeCloseTo(60, 9);
    expect(perCapita.series[0].data[2].reported).toBe(1200);
  });

  it('enables aria and describes each district’s values, gaps named', () => {
    expect(option.aria.enabled).toBe(true);
    expect(option.aria.label.description).toBe(
      '调解流程。东区 2022：调解纠纷 1,500件，婚姻家庭纠纷 600件，邻里纠纷 400件；西区 2020：未报告；南区 2020：调解纠纷 约1,200件，婚姻家庭纠纷 300件。',
    );
  });

  it('escapes markup in a district name in the tooltip', () => {
    const hostile = shapeOf(
      buildGroupedOption(
        grouped(FLOW, false, withDistrictName(fixtureTexts(), '南区', '<img src=x onerror=alert(1)>')),
        '调解流程',
      ),
    );
    const name = hostile.xAxis.data![2];
    for (const data of [hostile.series[0].data[2], hostile.series[2].data[2]]) {
      const tooltip = hostile.tooltip.formatter({ name, seriesName: '调解纠纷', data });
      expect(tooltip).toContain('&#60;img src=x onerror=alert(1)&#62;');
      expect(tooltip).not.toContain('<img');
    }
  });

  it('neutralises rich-text markup in a district named {a|x}', () => {
    const rich = shapeOf(
      buildGroupedOption(grouped(FLOW, false, withDistrictName(fixtureTexts(), '西区', '{a|x}')), '调解流程'),
    );
    const index = rich.xAxis.data!.indexOf('（a｜x） 2020');
    expect(index).toBeGreaterThanOrEqual(0);
    // 西区 gives none of the figures, so its label is wrapped in the chart's own {gap|…} and nothing else.
    expect(axisLabel(rich.xAxis, index)).toMatch(/^\{gap\|[^{}|]*\}$/);
  });
});

describe('buildCompositionOption', () => {
  const option = shapeOf(buildCompositionOption(grouped(BREAKDOWN), '纠纷类型'));

  it('draws 100 % stacked horizontal bars, districts top to bottom in selection order', () => {
    expect(option.yAxis.type).toBe('category');
    expect(option.yAxis.inverse).toBe(true);
    expect(option.yAxis.data).toEqual(['东区 2022', '西区 2020', '南区 2020']);
    expect(option.xAxis.type).toBe('value');
    expect(option.xAxis.min).toBe(0);
    expect(option.xAxis.max).toBe(100);
    expect(option.series.map((s) => [s.name, s.stack])).toEqual([
      ['婚姻家庭纠纷', 'share'],
      ['邻里纠纷', 'share'],
    ]);
  });

  it('draws shares of the reported parts and keeps the reported figure on each datum', () => {
    const [family, neighbour] = option.series.map((s) => s.data);
    expect(family[0].value).toBeCloseTo(60, 9);
    expect(neighbour[0].value).toBeCloseTo(40, 9);
    expect(family[0]).toMatchObject({ key: `${DONG_2022}/mediation_family`, reported: 600 });
    expect(family[2]).toMatchObject({ value: 100, key: `${NAN_2020}/mediation_family`, reported: 300 });
  });

  it('leaves gaps as "-", never 0, and labels a district with no parts 未报告', () => {
    const [family, neighbour] = option.series.map((s) => s.data);
    expect(neighbour[2]).toEqual({ value: '-' });
    expect(family[1]).toEqual({ value: '-' });
    expect(option.series.flatMap((s) => s.data).filter((datum) => datum.value === 0)).toEqual([]);
    expect(axisLabel(option.yAxis, 1)).toContain(NOT_REPORTED);
    expect(axisLabel(option.yAxis, 2)).toBe('南区 2020');
  });

  it('labels segments with the reported figure, hedge kept, and hides slivers under 8 %', () => {
    const g = grouped(BREAKDOWN);
    // 东区 2022: family 600, neighbour drawn as 20 (3.2 % of 620); 南区: family 300 written as 300余.
    const changed: Grouped = {
      ...g,
      series: g.series.map((s) => ({
        ...s,
        cells: s.cells.map((cell, i) => {
          if (!cell.observation) return cell;
          if (s.indicator.id === 'mediation_neighbour' && i === 0) return { ...cell, value: 20 };
          if (s.indicator.id === 'mediation_family' && i === 2)
            return { ...cell, observation: { ...cell.observation, qualifier: 'at_least' as const } };
          return cell;
        }),
      })),
    };
    const composition = shapeOf(buildCompositionOption(changed, '纠纷类型'));
    const [family, neighbour] = composition.series;
    expect(neighbour.data[0].value).toBeLessThan(8);
    expect(neighbour.label.formatter({ data: neighbour.data[0] })).toBe('');
    expect(family.label.formatter({ data: family.data[0] })).toBe('600');
    expect(family.label.formatter({ data: family.data[2] })).toBe('300余');
  });

  it('enables aria and describes the parts', () => {
    expect(option.aria.enabled).toBe(true);
    expect(option.aria.label.description).toBe(
      '纠纷类型。东区 2022：婚姻家庭纠纷 600件，邻里纠纷 400件；西区 2020：未报告；南区 2020：婚姻家庭纠纷 300件。',
    );
  });

  it('escapes markup in a district name in the tooltip', () => {
    const hostile = shapeOf(
      buildCompositionOption(
        grouped(BREAKDOWN, false, withDistrictName(fixtureTexts(), '东区', '<img src=x onerror=alert(1)>')),
        '纠纷类型',
      ),
    );
    const tooltip = hostile.tooltip.formatter({
      name: hostile.yAxis.data![0],
      seriesName: '婚姻家庭纠纷',
      data: hostile.series[0].data[0],
    });
    expect(tooltip).toContain('&#60;img src=x onerror=alert(1)&#62;');
    expect(tooltip).not.toContain('<img');
    expect(tooltip).toContain('<b>600</b> 件');
  });
});

describe('buildGroupedOption colours', () => {
  it('colours a step by its place in the flow, not by which steps a selection reports', () => {
    const dataset = makeDataset();
    const colours = (reports: typeof dataset.reports) => {
      const option = buildGroupedOption(
        buildGrouped(dataset, reports, ['mediation_neighbour', 'mediation_family', 'mediation_cases'], false),
        't',
      ) as unknown as { series: { name: string; itemStyle: { color: string } }[] };
      return new Map(option.series.map((s) => [s.name, s.itemStyle.color]));
    };
    const all = colours(dataset.reports);
    // 南区 alone reports no neighbour disputes, so that series drops out; the others keep their colours.
    const south = colours(dataset.reports.filter((report) => report.id === NAN_2020));
    expect(south.has('邻里纠纷')).toBe(false);
    expect(south.get('婚姻家庭纠纷')).toBe(all.get('婚姻家庭纠纷'));
    expect(south.get('调解纠纷')).toBe(all.get('调解纠纷'));
  });
});

describe('buildGroupedOption district axis', () => {
  it('labels every district, wrapping long names instead of dropping them', () => {
    const dataset = makeDataset();
    const grouped = buildGrouped(dataset, dataset.reports, ['mediation_cases'], false, 'en');
    expect(grouped.series.length).toBeGreaterThan(0);
    const option = buildGroupedOption(grouped, 'flow') as unknown as {
      xAxis: { axisLabel: { interval: number; overflow: string; width: number } };
    };
    expect(option.xAxis.axisLabel.interval).toBe(0);
    expect(option.xAxis.axisLabel.overflow).toBe('break');
    // About a column of fifteen districts across a 1366-pixel screen (82 px).
    expect(option.xAxis.axisLabel.width).toBeLessThanOrEqual(84);
    const zh = buildGroupedOption(
      buildGrouped(dataset, dataset.reports, ['mediation_cases'], false, 'zh'),
      'flow',
    ) as unknown as { xAxis: { axisLabel: { width: number } } };
    expect(zh.xAxis.axisLabel.width).toBeLessThan(82);
  });
});

describe('buildCompositionOption categories', () => {
  const dataset = makeDataset();
  const few = buildGrouped(dataset, dataset.reports, ['mediation_cases'], false);
  /** A breakdown of `count` parts, each a copy of one series under its own id (part0, part1, …). */
  function parts(count: number, reported: (k: number) => boolean = () => true): Grouped {
    const ids = Array.from({ length: count }, (_, k) => `part${k}`);
    const series = ids.flatMap((id, k) =>
      reported(k) ? [{ ...few.series[0], indicator: { ...few.series[0].indicator, id, nameZh: `部分${k}` } }] : [],
    );
    return { ...few, order: ids, series };
  }
  const legendOf = (grouped: Grouped) =>
    (buildCompositionOption(grouped, 't') as unknown as { legend: { type: string; data: string[] } }).legend;
  const colourOf = (grouped: Grouped, name: string) => {
    const option = buildCompositionOption(grouped, 't') as unknown as {
      series: { name: string; itemStyle: { color: string } }[];
    };
    return option.series.find((s) => s.name === name)?.itemStyle.color;
  };

  it.each([
    [3, ['部分0', '部分1', '部分2']],
    [6, ['部分0', '部分1', '部分2', '部分3', '部分4', '部分5']],
    [7, ['部分0', '部分1', '部分2', '部分3', '部分4', '其他']],
    [14, ['部分0', '部分1', '部分2', '部分3', '部分4', '其他']],
  ])('shows a breakdown of %i parts as these categories, never more than six', (count, names) => {
    expect(legendOf(parts(count)).data).toEqual(names);
  });

  it('shows its legend whole, never as a scrolling pager', () => {
    expect(legendOf(parts(14)).type).toBe('plain');
  });

  it('gives a part the same colour whichever other parts a selection reports', () => {
    const all = parts(8);
    const some = parts(8, (k) => k !== 0 && k !== 2);
    for (const name of ['部分1', '部分3', '部分4', '其他']) expect(colourOf(some, name)).toBe(colourOf(all, name));
    const colours = ['部分0', '部分1', '部分2', '部分3', '部分4', '其他'].map((name) => colourOf(all, name));
    expect(new Set(colours).size).toBe(6);
  });

  it('sums the folded parts into 其他 and names each part in its tooltip', () => {
    const option = shapeOf(buildCompositionOption(parts(8), 't'));
    const other = option.series.find((s) => s.name === '其他')!;
    const first = other.data.findIndex((datum) => datum.key);
    expect(other.data[first].reported).toBe(3 * few.series[0].cells[first].observation!.value);
    const tooltip = option.tooltip.formatter({ name: 'x', seriesName: '其他', data: other.data[first] });
    for (const name of ['部分5', '部分6', '部分7']) expect(tooltip).toContain(name);
    expect(tooltip).not.toContain('部分4');
  });

  it('never writes white on a light segment', () => {
    const option = buildCompositionOption(parts(8), 't') as unknown as {
      series: { itemStyle: { color: string }; label: { color: string } }[];
    };
    for (const s of option.series) expect(contrastRatio(s.itemStyle.color, s.label.color)).toBeGreaterThanOrEqual(3);
  });
});
