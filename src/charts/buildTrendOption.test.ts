import { describe, expect, it } from 'vitest';
import { buildTrend } from '../model/buildTrend';
import { selectReports } from '../model/selectReports';
import { makeDataset } from '../../test/fixtures/makeDataset';
import { manyDistricts } from '../../test/fixtures/manyDistricts';
import { buildTrendOption } from './buildTrendOption';

type Series = { name: string; data: unknown[]; connectNulls: boolean; markLine?: { data: { xAxis: string }[] } };

describe('buildTrendOption', () => {
  const dataset = makeDataset();
  const reports = selectReports(dataset, { year: 'latest', province: null, districts: [] });
  const option = buildTrendOption(buildTrend(dataset, reports, 'mediation_cases', [], null)!, 'zh');
  const series = option.series as Series[];

  it('puts the years on a category axis, the missing one included', () => {
    expect(option.xAxis).toMatchObject({ type: 'category', data: ['2020', '2021', '2022'] });
  });

  it('draws a line per district, its missing year a gap it does not bridge, never a zero', () => {
    expect(series.map((one) => one.name)).toEqual(['东区']);
    expect(series[0].connectNulls).toBe(false);
    expect(series[0].data.map((datum) => (datum as { value: unknown }).value)).toEqual([800, '-', 1500]);
  });

  it('draws a hedged figure as a hollow dot, with its observation key to open its source', () => {
    expect(series[0].data[0]).toMatchObject({ value: 800, qualifier: 'at_least', symbol: 'emptyCircle', key: '2020-jia-jia-dongqu/mediation_cases' });
    expect(series[0].data[2]).not.toHaveProperty('symbol');
  });

  it('marks the year a district counts differently', () => {
    expect(series[0].markLine!.data).toEqual([{ xAxis: '2022' }]);
  });

  it('describes the lines for screen readers, gaps named', () => {
    const description = (option.aria as { label: { description: string } }).label.description;
    expect(description).toContain('东区: 2020 800余，2021 未报告，2022 1,500');
  });

  it('names the unit on the value axis in the interface language', () => {
    expect(option.yAxis).toMatchObject({ type: 'value', name: '件' });
    expect(buildTrendOption(buildTrend(dataset, reports, 'mediation_cases', [], null)!, 'en').yAxis).toMatchObject({ name: 'cases' });
  });

  it('adds the median as a grey dashed line when not every district is drawn', () => {
    const national = manyDistricts(20);
    const many = selectReports(national, { year: 'latest', province: null, districts: [] });
    const drawn = buildTrendOption(buildTrend(national, many, 'reconsideration_received', ['990001'], null)!, 'en').series as (Series & { lineStyle: { type?: string } })[];
    expect(drawn.map((one) => one.name)).toEqual(['District 2', 'Median']);
    expect(drawn[1].data).toEqual([105, 105]);
    expect(drawn[1].lineStyle.type).toBe('dashed');
  });
});
