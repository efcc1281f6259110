import { describe, expect, it } from 'vitest';
import { buildProfile } from './buildProfile';
import { peerValuesOf, reportsOfYear } from './peerValues';
import { DONG_2020, DONG_2022, DONG_2022_NOTE_ZH, DONG_CODE, DONG_POPULATION, NAN_2020, NAN_CODE, XI_2020, XI_CODE, makeDataset } from '../../test/fixtures/makeDataset';
import { manyDistricts } from '../../test/fixtures/manyDistricts';

const DOMAINS = ['mediation', 'litigation'] as const;

describe('peerValuesOf', () => {
  const dataset = makeDataset();

  it('takes one report per district and year', () => {
    expect(reportsOfYear(dataset, 2020).map((report) => report.id).sort()).toEqual([DONG_2020, XI_2020, NAN_2020].sort());
    expect(reportsOfYear(dataset, 2022).map((report) => report.id)).toEqual([DONG_2022]);
    expect(reportsOfYear(dataset, 2021)).toEqual([]);
  });

  it('lists the values of the districts reporting an indicator that year, largest first, by province too', () => {
    const peers = peerValuesOf(dataset, 2020, 'mediation_success_rate');
    expect([...peers.all]).toEqual([97, 96.5, 95]);
    expect([...peers.byProvince.get('甲省')!]).toEqual([97, 95]);
    expect([...peers.byProvince.get('乙省')!]).toEqual([96.5]);
    // Nobody reports it: no values, not zeros.
    expect([...peerValuesOf(dataset, 2020, 'mediation_labour').all]).toEqual([]);
  });

  it('is built once per indicator and year', () => {
    expect(peerValuesOf(dataset, 2020, 'mediation_cases')).toBe(peerValuesOf(dataset, 2020, 'mediation_cases'));
  });
});

describe('buildProfile', () => {
  const dataset = makeDataset();

  it('ranks the latest report’s figures among the districts reporting them that year', () => {
    const profile = buildProfile(dataset, XI_CODE, DOMAINS)!;
    expect(profile.latest.id).toBe(XI_2020);
    const rate = profile.families[0].rows.find((row) => row.indicator.id === 'mediation_success_rate')!;
    // 97 among 97, 96.5, 95 (东区's 2020 report is its own for 2020): first of three, above the median 96.5.
    expect(rate.national).toEqual({ rank: 1, of: 3, median: 96.5, versusMedian: 'above', only: false, approximate: false });
    // 甲省 has two districts reporting it, out of three: ranked within the province too.
    expect(rate.province).toMatchObject({ rank: 1, of: 2, median: 96 });
  });

  it('says a figure only this district reports for its year, instead of ranking it', () => {
    const profile = buildProfile(dataset, DONG_CODE, DOMAINS)!;
    expect(profile.latest.id).toBe(DONG_2022);
    const cases = profile.families[0].rows.find((row) => row.indicator.id === 'mediation_cases')!;
    expect(cases.national).toMatchObject({ rank: 1, of: 1, only: true });
    expect(cases.province).toBeUndefined();
    expect(cases.per10k).toBeCloseTo((1500 / DONG_POPULATION) * 10_000);
  });

  it('keeps a hedged figure’s rank approximate', () => {
    const nan = buildProfile(dataset, NAN_CODE, DOMAINS)!;
    const cases = nan.families[0].rows.find((row) => row.indicator.id === 'mediation_cases')!;
    // 约1200 in 2020 among 1200 and 东区's 800余.
    expect(cases.national).toMatchObject({ rank: 1, of: 2, approximate: true });
  });

  it('draws each figure over the district’s years, a year without a report a gap', () => {
    const profile = buildProfile(dataset, DONG_CODE, DOMAINS)!;
    const cases = profile.families[0].rows.find((row) => row.indicator.id === 'mediation_cases')!;
    expect(cases.series.map((point) => [point.year, point.observation?.value ?? point.gap, point.scopeChanged ?? false])).toEqual([
      [2020, 800, false],
      [2021, 'no_report', false],
      // The 2022 figure counts township committees only (its note): marked.
      [2022, 1500, true],
    ]);
    // Litigation is given in 2020 only: listed with its series, without a latest figure or a rank.
    const lawsuits = profile.families[1].rows.find((row) => row.indicator.id === 'litigation_cases')!;
    expect(lawsuits.latest).toBeUndefined();
    expect(lawsuits.national).toBeUndefined();
    expect(lawsuits.series.map((point) => point.observation?.value ?? point.gap)).toEqual([9, 'no_report', 'not_given']);
  });

  it('lists the district’s notes and leaves out a district with no per-capita population', () => {
    expect(buildProfile(dataset, DONG_CODE, DOMAINS)!.notes.map((observation) => observation.noteZh)).toEqual([DONG_2022_NOTE_ZH]);
    const xi = buildProfile(dataset, XI_CODE, DOMAINS)!;
    expect(xi.families[1].rows[0].per10k).toBeUndefined();
  });

  it('has no profile for an unknown district', () => {
    expect(buildProfile(dataset, '000000', DOMAINS)).toBeUndefined();
  });

  it('ranks a district among thousands, across the country and within its province', () => {
    const national = manyDistricts(2850);
    // District i reports 10 × (i + 1) in both years; provinces alternate.
    const profile = buildProfile(national, String(990000 + 1234), ['reconsideration'])!;
    const row = profile.families[0].rows.find((one) => one.indicator.id === 'reconsideration_received')!;
    expect(profile.latest.year).toBe(2022);
    expect(row.national).toMatchObject({ rank: 2850 - 1234, of: 2850, median: 14255, versusMedian: 'below' });
    expect(row.province).toMatchObject({ rank: 1425 - 617, of: 1425 });
    expect(row.series.map((point) => point.observation?.value)).toEqual([12350, 12350]);
  });
});
