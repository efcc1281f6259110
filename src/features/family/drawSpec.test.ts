import { describe, expect, it } from 'vitest';
import { manyDistricts } from '../../../test/fixtures/manyDistricts';
import { makeDataset } from '../../../test/fixtures/makeDataset';
import { MESSAGES } from '../../i18n/messages';
import { selectReports } from '../../model/selectReports';
import { drawSpec, isWide, WIDE_ABOVE } from './drawSpec';
import { FAMILY_SPECS } from './familySpecs';

const LATEST = { year: 'latest' as const, province: null, districts: [] };
const flow = FAMILY_SPECS.reconsideration.charts.find((spec) => spec.type === 'grouped')!;

describe('drawSpec', () => {
  it('gives a grouped chart of many districts the screen’s whole width, and draws its top districts', () => {
    const dataset = manyDistricts(40);
    const drawn = drawSpec(dataset, selectReports(dataset, LATEST), flow, false, 'zh', MESSAGES.zh);
    if ('empty' in drawn) throw new Error('drawn');
    expect(drawn.wide).toBe(true);
    expect(drawn.caveats[0]).toContain('40');
  });

  it('keeps a grouped chart of a few districts in its column', () => {
    const dataset = manyDistricts(WIDE_ABOVE);
    const drawn = drawSpec(dataset, selectReports(dataset, LATEST), flow, false, 'zh', MESSAGES.zh);
    if ('empty' in drawn) throw new Error('drawn');
    expect(drawn.wide).toBe(false);
    const curated = makeDataset();
    const ranking = drawSpec(curated, selectReports(curated, LATEST), { type: 'ranking', indicator: 'mediation_cases' }, false, 'zh', MESSAGES.zh);
    expect('empty' in ranking ? undefined : ranking.wide).toBeFalsy();
  });

  it('says beforehand which charts will take the whole width (the family screen puts them first)', () => {
    expect(isWide(flow, WIDE_ABOVE + 1)).toBe(true);
    expect(isWide(flow, WIDE_ABOVE)).toBe(false);
    expect(isWide({ type: 'ranking', indicator: 'mediation_cases' }, 2850)).toBe(false);
  });
});
