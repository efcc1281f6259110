import { describe, expect, it } from 'vitest';
import { makeDataset } from '../../test/fixtures/makeDataset';
import { buildComparison } from './buildComparison';
import { comparisonOf, hasComparison } from './comparisonOf';
import { selectReports } from './selectReports';

const dataset = makeDataset();
const LATEST = { year: 'latest' as const, province: null, districts: [] };
const latest = selectReports(dataset, LATEST);

describe('comparisonOf', () => {
  it('gives the comparison buildComparison builds', () => {
    expect(comparisonOf(dataset, LATEST, 'mediation_cases', true, 'en')).toEqual(buildComparison(dataset, latest, 'mediation_cases', true, 'en'));
  });

  it('builds a comparison once per filter: an equal filter gives the same object', () => {
    const first = comparisonOf(dataset, LATEST, 'mediation_cases', false);
    expect(first).toBeDefined();
    expect(comparisonOf(dataset, { year: 'latest', province: null, districts: [] }, 'mediation_cases', false)).toBe(first);
  });

  it('keeps comparisons of another selection, indicator, per-capita choice or language apart', () => {
    const first = comparisonOf(dataset, LATEST, 'mediation_cases', false, 'zh');
    const ALL = { year: 'all' as const, province: null, districts: [] };
    expect(comparisonOf(dataset, ALL, 'mediation_cases', false, 'zh')!.rows.length).toBe(selectReports(dataset, ALL).length);
    expect(comparisonOf(dataset, { ...LATEST, districts: [latest[0].adminCode] }, 'mediation_cases', false, 'zh')).not.toBe(first);
    expect(comparisonOf(dataset, LATEST, 'mediation_family', false, 'zh')!.indicator.id).toBe('mediation_family');
    expect(comparisonOf(dataset, LATEST, 'mediation_cases', true, 'zh')!.perCapita).toBe(true);
    expect(comparisonOf(dataset, LATEST, 'mediation_cases', false, 'en')!.lang).toBe('en');
    expect(comparisonOf(dataset, LATEST, 'mediation_cases', false, 'zh')).toBe(first);
  });

  it('remembers an unknown indicator as no comparison', () => {
    expect(comparisonOf(dataset, LATEST, 'no_such_indicator', false)).toBeUndefined();
  });

  it('says whether a comparison is kept already', () => {
    const province = { year: 'all' as const, province: dataset.reports[0].province, districts: [] };
    expect(hasComparison(dataset, province, 'litigation_cases', false, 'en')).toBe(false);
    comparisonOf(dataset, province, 'litigation_cases', false, 'en');
    expect(hasComparison(dataset, province, 'litigation_cases', false, 'en')).toBe(true);
    expect(hasComparison(dataset, province, 'litigation_cases', true, 'en')).toBe(false);
  });
});
