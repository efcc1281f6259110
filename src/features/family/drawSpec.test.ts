import { describe, expect, it } from 'vitest';
import { manyDistricts } from '../../../test/fixtures/manyDistricts';
import { NAN_2020, NAN_CODE, XI_CODE, DONG_2022, fixtureTexts, makeDataset, withoutObservation } from '../../../test/fixtures/makeDataset';
import { MESSAGES } from '../../i18n/messages';
import { drawSpec, isChart, isDrawn, isWide, WIDE_ABOVE, withoutSharedPrefix } from './drawSpec';
import { FAMILY_SPECS } from './familySpecs';

const LATEST = { year: 'latest' as const, province: null, districts: [] };
const flow = FAMILY_SPECS.reconsideration.charts.find((spec) => spec.type === 'grouped')!;

describe('drawSpec', () => {
  it('gives a grouped chart of many districts the screen’s whole width, and draws its top districts', () => {
    const dataset = manyDistricts(40);
    const drawn = drawSpec(dataset, LATEST, flow, false, 'zh', MESSAGES.zh);
    if (!isChart(drawn)) throw new Error('drawn');
    expect(drawn.wide).toBe(true);
    expect(drawn.caveats[0]).toContain('40');
  });

  it('keeps a grouped chart of a few districts in its column', () => {
    const dataset = manyDistricts(WIDE_ABOVE);
    const drawn = drawSpec(dataset, LATEST, flow, false, 'zh', MESSAGES.zh);
    if (!isChart(drawn)) throw new Error('drawn');
    expect(drawn.wide).toBe(false);
    const curated = makeDataset();
    const ranking = drawSpec(
      curated,
      LATEST,
      { type: 'ranking', indicator: 'mediation_cases' },
      false,
      'zh',
      MESSAGES.zh,
    );
    expect(isChart(ranking) ? ranking.wide : undefined).toBeFalsy();
  });

  it('says beforehand which charts will take the whole width (the family screen puts them first)', () => {
    expect(isWide(flow, WIDE_ABOVE + 1)).toBe(true);
    expect(isWide(flow, WIDE_ABOVE)).toBe(false);
    expect(isWide({ type: 'ranking', indicator: 'mediation_cases' }, 2850)).toBe(false);
  });

  it('shows figures instead of a chart where fewer than two selected districts report them, each with its source', () => {
    const single = makeDataset(withoutObservation(fixtureTexts(), NAN_2020, 'mediation_cases'));
    const drawn = drawSpec(
      single,
      LATEST,
      { type: 'ranking', indicator: 'mediation_cases' },
      false,
      'zh',
      MESSAGES.zh,
    );
    expect(isChart(drawn)).toBe(false);
    if (!('single' in drawn)) throw new Error('a chart of one district');
    expect(drawn.single.figures).toEqual([
      { key: `${DONG_2022}/mediation_cases`, indicator: '调解纠纷', value: '1,500 件', district: '东区 2022' },
    ]);
    // Two districts reporting make a chart, which says how many report.
    const two = makeDataset(fixtureTexts());
    const chart = drawSpec(two, LATEST, { type: 'ranking', indicator: 'mediation_cases' }, false, 'zh', MESSAGES.zh);
    expect(isChart(chart) && chart.reporting).toBe(2);
  });

  it('names one district\'s breakdown after its total, not after the chart of shares it would have been', () => {
    const parts = FAMILY_SPECS.mediation.charts.find((spec) => spec.type === 'composition')!;
    const drawn = drawSpec(makeDataset(), { ...LATEST, districts: [NAN_CODE, XI_CODE] }, parts, false, 'en', MESSAGES.en);
    if (!('single' in drawn)) throw new Error('a chart of one district');
    expect(drawn.single.title).toBe('Disputes mediated');
    expect(drawn.single.title).not.toContain('100%');
  });

  it('counts the districts giving any figure of a grouped chart', () => {
    const dataset = manyDistricts(WIDE_ABOVE);
    const drawn = drawSpec(dataset, LATEST, flow, false, 'zh', MESSAGES.zh);
    expect(isChart(drawn) && drawn.reporting).toBe(WIDE_ABOVE);
  });

  it('keeps a drawing by its filter: an equal filter finds it, another filter is drawn anew', () => {
    const dataset = manyDistricts(40);
    const ranking = { type: 'ranking' as const, indicator: 'mediation_cases' };
    const drawn = drawSpec(dataset, LATEST, ranking, false, 'zh', MESSAGES.zh);
    expect(drawSpec(dataset, { year: 'latest', province: null, districts: [] }, ranking, false, 'zh', MESSAGES.zh)).toBe(drawn);
    expect(isDrawn(dataset, { ...LATEST }, ranking, true, 'zh')).toBe(false);
    const inYear = { ...LATEST, year: 2022 };
    expect(isDrawn(dataset, inYear, ranking, false, 'zh')).toBe(false);
    expect(drawSpec(dataset, inYear, ranking, false, 'zh', MESSAGES.zh)).not.toBe(drawn);
    expect(isDrawn(dataset, inYear, ranking, false, 'zh')).toBe(true);
  });

  it('gives a rate or a breakdown the very drawing it had when the per-capita view is ticked, and a count a new one', () => {
    const dataset = makeDataset();
    const rate = { type: 'rate' as const, indicator: 'mediation_success_rate' };
    const shares = FAMILY_SPECS.mediation.charts.find((spec) => spec.type === 'composition')!;
    const count = { type: 'ranking' as const, indicator: 'mediation_cases' };
    for (const spec of [rate, shares]) {
      const drawn = drawSpec(dataset, LATEST, spec, false, 'zh', MESSAGES.zh);
      expect(isDrawn(dataset, LATEST, spec, true, 'zh')).toBe(true);
      expect(drawSpec(dataset, LATEST, spec, true, 'zh', MESSAGES.zh)).toBe(drawn);
    }
    const counted = drawSpec(dataset, LATEST, count, false, 'zh', MESSAGES.zh);
    expect(isDrawn(dataset, LATEST, count, true, 'zh')).toBe(false);
    const perCapita = drawSpec(dataset, LATEST, count, true, 'zh', MESSAGES.zh);
    expect(perCapita).not.toBe(counted);
    expect(isChart(perCapita) && perCapita.title).not.toBe(isChart(counted) && counted.title);
  });
});

const figure = (indicator: string, n = 0) => ({ key: `r/${indicator}${n}`, indicator, value: `${n} 件`, district: '东区 2022' });

describe('withoutSharedPrefix', () => {
  it('drops the words every part begins with', () => {
    expect(withoutSharedPrefix([figure('Disputes mediated: labour'), figure('Disputes mediated: road traffic accidents')]).map((f) => f.indicator)).toEqual([
      'labour',
      'road traffic accidents',
    ]);
  });

  it('keeps the names when the parts do not share them, or a name would be left empty', () => {
    const mixed = [figure('Lawsuits: claims dismissed'), figure('Lawsuits lost')];
    expect(withoutSharedPrefix(mixed)).toEqual(mixed);
    expect(withoutSharedPrefix([figure('婚姻家庭纠纷'), figure('邻里纠纷')]).map((f) => f.indicator)).toEqual(['婚姻家庭纠纷', '邻里纠纷']);
    expect(withoutSharedPrefix([figure('Staff: '), figure('Staff: total')]).map((f) => f.indicator)).toEqual(['Staff: ', 'Staff: total']);
    expect(withoutSharedPrefix([figure('Staff: total')]).map((f) => f.indicator)).toEqual(['Staff: total']);
  });
});
