import { describe, expect, it } from 'vitest';
import { makeDataset } from '../../test/fixtures/makeDataset';
import { buildComparison } from './buildComparison';
import { comparisonOf, hasComparison } from './comparisonOf';
import { selectReports } from './selectReports';

const dataset = makeDataset();
const latest = selectReports(dataset, { year: 'latest', province: null, districts: [] });

describe('comparisonOf', () => {
  it('gives the comparison buildComparison builds', () => {
    expect(comparisonOf(dataset, latest, 'mediation_cases', true, 'en')).toEqual(buildComparison(dataset, latest, 'mediation_cases', true, 'en'));
  });

  it('builds a comparison once per selection: the same reports array gives the same object', () => {
    const first = comparisonOf(dataset, latest, 'mediation_cases', false);
    expect(first).toBeDefined();
    expect(comparisonOf(dataset, latest, 'mediation_cases', false)).toBe(first);
  });

  it('keeps comparisons of another selection, indicator, per-capita choice or language apart', () => {
    const first = comparisonOf(dataset, latest, 'mediation_cases', false, 'zh');
    const all = selectReports(dataset, { year: 'all', province: null, districts: [] });
    expect(comparisonOf(dataset, all, 'mediation_cases', false, 'zh')!.rows.length).toBe(all.length);
    expect(comparisonOf(dataset, [...latest], 'mediation_cases', false, 'zh')).not.toBe(first);
    expect(comparisonOf(dataset, latest, 'mediation_family', false, 'zh')!.indicator.id).toBe('mediation_family');
    expect(comparisonOf(dataset, latest, 'mediation_cases', true, 'zh')!.perCapita).toBe(true);
    expect(comparisonOf(dataset, latest, 'mediation_cases', false, 'en')!.lang).toBe('en');
    expect(comparisonOf(dataset, latest, 'mediation_cases', false, 'zh')).toBe(first);
  });

  it('remembers an unknown indicator as no comparison', () => {
    expect(comparisonOf(dataset, latest, 'no_such_indicator', false)).toBeUndefined();
  });

  it('says whether a comparison is kept already', () => {
    const province = selectReports(dataset, { year: 'all', province: dataset.reports[0].province, districts: [] });
    expect(hasComparison(dataset, province, 'litigation_cases', false, 'en')).toBe(false);
    comparisonOf(dataset, province, 'litigation_cases', false, 'en');
    expect(hasComparison(dataset, province, 'litigation_cases', false, 'en')).toBe(true);
    expect(hasComparison(dataset, province, 'litigation_cases', true, 'en')).toBe(false);
  });
});
