import { describe, expect, it } from 'vitest';
import { DONG_2022, NAN_2020, makeDataset } from '../../../test/fixtures/makeDataset';
import { buildComparison } from '../../model/buildComparison';
import { buildGrouped } from '../../model/buildGrouped';
import { selectReports } from '../../model/selectReports';
import { comparisonValues, groupedValues } from './chartValues';
import { slideValues } from '../present/slideValues';

const dataset = makeDataset();
const latest = selectReports(dataset, { year: 'latest', province: null, districts: [] });

describe('comparisonValues', () => {
  it('gives a row per district with the value as reported, hedged and with its unit, and names a gap', () => {
    const comparison = buildComparison(dataset, latest, 'mediation_cases', false, 'zh')!;
    const values = comparisonValues(comparison, 'zh', '未报告');
    expect(values.map((value) => value.key)).toEqual(comparison.rows.map((row) => row.observation?.key));
    const nan = values.find((value) => value.key === `${NAN_2020}/mediation_cases`)!;
    expect(nan).toMatchObject({ row: '南区 2020', column: '调解纠纷' });
    expect(nan.text).toContain('约');
    expect(nan.text).toContain('1,200');
    expect(values.find((value) => value.row.startsWith('西区'))).toMatchObject({ key: undefined, text: '未报告' });
  });
});

describe('groupedValues', () => {
  it('gives a cell per district and indicator, gaps named, in English too', () => {
    const grouped = buildGrouped(dataset, latest, ['mediation_family', 'mediation_neighbour'], false, 'en');
    const values = groupedValues(grouped, 'en', 'not reported');
    expect(values).toHaveLength(grouped.reports.length * 2);
    expect(values.filter((value) => value.column === 'Family disputes')).toHaveLength(grouped.reports.length);
    expect(values.find((value) => value.key === `${DONG_2022}/mediation_family`)?.row).toBe('Dong District 2022');
    expect(values.find((value) => value.row.startsWith('Xi District') && value.column === 'Family disputes')?.text).toBe('not reported');
  });
});

describe('slideValues', () => {
  it('reads a slide’s chart as the screens read theirs', () => {
    const comparison = buildComparison(dataset, latest, 'mediation_cases', false, 'en')!;
    const values = slideValues({ type: 'ranking', comparison } as Parameters<typeof slideValues>[0], 'en');
    expect(values).toEqual(comparisonValues(comparison, 'en', 'not reported'));
    expect(values.find((value) => value.row.startsWith('Xi District'))?.text).toBe('not reported');
  });
});
