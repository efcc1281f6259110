import { FONT_SIZE } from '../../charts/theme';
import { describe, it, expect } from 'vitest';
import type { EChartsCoreOption } from 'echarts/core';
import { buildCompositionOption } from '../../charts/buildCompositionOption';
import { buildGroupedOption } from '../../charts/buildGroupedOption';
import { buildRankingOption } from '../../charts/buildRankingOption';
import { INK } from '../../charts/theme';
import { buildComparison } from '../../model/buildComparison';
import { buildGrouped } from '../../model/buildGrouped';
import { selectReports } from '../../model/selectReports';
import { makeDataset } from '../../../test/fixtures/makeDataset';
import { PROJECTOR_GAP, projectorOption, slideFontPx } from './projectorOption';
import { withLegendRoom } from '../../charts/legendRoom';

const dataset = makeDataset();
const reports = selectReports(dataset, { year: 'latest', province: null, districts: [] });
const ranking = buildRankingOption(buildComparison(dataset, reports, 'mediation_cases', false)!);
const grouped = buildGroupedOption(
  buildGrouped(dataset, reports, ['mediation_cases', 'mediation_family', 'mediation_neighbour'], false),
  '调解',
);
const composition = buildCompositionOption(
  buildGrouped(dataset, reports, ['mediation_family', 'mediation_neighbour'], false),
  '类型',
);

type Node = Record<string, unknown>;
/** Every value stored under `key` anywhere in the option (data arrays skipped). */
function collect(node: unknown, key: string, found: unknown[] = []): unknown[] {
  if (Array.isArray(node)) node.forEach((item) => collect(item, key, found));
  else if (typeof node === 'object' && node !== null) {
    for (const [k, v] of Object.entries(node)) {
      if (k === key) found.push(v);
      if (k !== 'data') collect(v, key, found);
    }
  }
  return found;
}
const shape = (option: EChartsCoreOption) =>
  option as unknown as Node & { series: Node[]; xAxis: Node; yAxis: Node; legend?: Node; grid: Node; aria: Node };

describe('slideFontPx', () => {
  it.each([
    [1920, 24],
    [1280, 16],
    [3840, 48],
    [1024, 14],
    [600, 14],
  ])('gives a %i-pixel-wide slide a %i px base font', (width, font) => {
    expect(slideFontPx(width)).toBe(font);
  });
});

describe('projectorOption', () => {
  it.each([
    ['ranking', ranking],
    ['grouped bars', grouped],
    ['composition', composition],
  ])('sets every font size of a %s at 1920 px to at least 24 px, the screen sizes being smaller', (_, option) => {
    expect(Math.min(...(collect(option, 'fontSize') as number[]))).toBeLessThan(24);
    const sizes = collect(projectorOption(option, 1920, 24), 'fontSize') as number[];
    expect(sizes.length).toBeGreaterThan(3);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(24);
  });

  it('keeps the relative sizes: a label one point larger on screen stays larger', () => {
    const out = shape(projectorOption(ranking, 1920, 24));
    const label = (out.yAxis.axisLabel as Node).fontSize as number;
    const tick = (out.xAxis.axisLabel as Node).fontSize as number;
    expect(label).toBeGreaterThan(tick);
  });

  it('leaves the built option untouched and keeps its data and formatters', () => {
    const before = JSON.stringify(collect(grouped, 'fontSize'));
    const out = shape(projectorOption(grouped, 1920, 24));
    expect(JSON.stringify(collect(grouped, 'fontSize'))).toBe(before);
    const source = shape(grouped);
    expect(out.series[0].data).toBe(source.series[0].data);
    expect((out.series[0].label as Node).formatter).toBe((source.series[0].label as Node).formatter);
    expect(out.aria.label).toEqual(source.aria.label);
  });

  it('scales lengths with the type: bar widths and grid margins grow', () => {
    const out = shape(projectorOption(ranking, 1920, 24));
    expect(out.series[0].barMaxWidth as number).toBeGreaterThan(shape(ranking).series[0].barMaxWidth as number);
    expect(out.grid.right as number).toBeGreaterThan(shape(ranking).grid.right as number);
  });

  it('tells series apart by pattern as well as colour, and only where there are several', () => {
    expect(shape(projectorOption(grouped, 1920, 24)).aria.decal).toEqual({ show: true });
    expect(shape(projectorOption(composition, 1920, 24)).aria.decal).toEqual({ show: true });
    expect(shape(projectorOption(ranking, 1920, 24)).aria.decal).toEqual({ show: false });
  });

  it('outlines marks and gives labels dark ink on a white halo, readable on any fill', () => {
    for (const series of shape(projectorOption(composition, 1920, 24)).series) {
      expect(series.itemStyle).toMatchObject({ borderColor: INK, opacity: 1 });
      expect(series.label).toMatchObject({ color: INK, textBorderColor: '#ffffff' });
    }
  });

  it('shows every district label, wraps the horizontal ones, and darkens the not-reported grey', () => {
    const out = shape(projectorOption(grouped, 1920, 24));
    const axisLabel = out.xAxis.axisLabel as Node;
    expect(axisLabel.interval).toBe(0);
    expect(axisLabel.overflow).toBe('break');
    expect(axisLabel.width as number).toBeGreaterThan(100);
    expect(axisLabel.width as number).toBeLessThan(1920 / 3);
    expect((axisLabel.rich as { gap: Node }).gap.color).toBe(PROJECTOR_GAP);
    expect((out.xAxis.axisLine as { lineStyle: Node }).lineStyle.width as number).toBeGreaterThanOrEqual(2);
    expect((shape(projectorOption(ranking, 1920, 24)).yAxis.axisLabel as Node).interval).toBe(0);
  });

  it('lets the legend wrap instead of scrolling, and starts the plot below its rows once drawn at a width', () => {
    const wide = shape(withLegendRoom(projectorOption(composition, 1920, 24), 1920));
    expect(wide.legend).toMatchObject({ type: 'plain' });
    const narrow = shape(withLegendRoom(projectorOption(composition, 300, 24), 300));
    expect(narrow.grid.top as number).toBeGreaterThan(wide.grid.top as number);
  });
});

describe('projectorOption vertical category labels', () => {
  it('widens a cut-off label width in step with the projector font', () => {
    const option = { yAxis: { type: 'category', data: ['花都区 2020'], axisLabel: { width: 260, overflow: 'truncate' } }, xAxis: { type: 'value' }, series: [] };
    const themed = projectorOption(option, 1920, 30) as unknown as { yAxis: { axisLabel: { width: number } } };
    expect(themed.yAxis.axisLabel.width).toBe(Math.round((260 * 30) / FONT_SIZE));
  });
});
