import { describe, expect, it } from 'vitest';
import { manyDistricts } from '../../../test/fixtures/manyDistricts';
import { makeDataset } from '../../../test/fixtures/makeDataset';
import { selectionId } from '../../model/selectReports';
import { FAMILY_DOMAINS, type Route } from '../../url/viewState';
import { drawSpec, isDrawn } from './drawSpec';
import { screenSpecs, warmDrawings, warmingPlan } from './warmDrawings';
import { MESSAGES } from '../../i18n/messages';

const view = (route: Route, year: 'latest' | number = 'latest', perCapita = false) => ({ route, year, province: null, districts: [], perCapita });

describe('warmingPlan', () => {
  it('draws ahead the other screens at the same filters, this screen in the other years and at the other per-capita setting', () => {
    const dataset = manyDistricts(230);
    const plan = warmingPlan(dataset, view({ name: 'overview' }), 'zh');
    const latest = selectionId({ year: 'latest', province: null, districts: [] });
    const otherScreens = FAMILY_DOMAINS.flatMap((domain) => screenSpecs(dataset, domain));
    expect(plan.filter((job) => selectionId(job.filter) === latest && !job.perCapita).map((job) => job.spec)).toEqual(otherScreens);
    // The same filter the screens will ask for, so the kept drawing is found.
    for (const year of [2021, 2022] as const) {
      const inYear = selectionId({ year, province: null, districts: [] });
      expect(plan.filter((job) => selectionId(job.filter) === inYear).map((job) => job.spec)).toEqual(screenSpecs(dataset, 'overview'));
    }
    expect(plan.filter((job) => job.perCapita).map((job) => job.spec)).toEqual(screenSpecs(dataset, 'overview'));
    expect(plan.filter((job) => selectionId(job.filter) === latest && job.perCapita)).toHaveLength(screenSpecs(dataset, 'overview').length);
  });

  it('draws this screen in the other years and per capita before the other screens', () => {
    const dataset = manyDistricts(230);
    const plan = warmingPlan(dataset, view({ name: 'overview' }), 'zh');
    const latest = selectionId({ year: 'latest', province: null, districts: [] });
    const otherScreen = (job: (typeof plan)[number]) => selectionId(job.filter) === latest && !job.perCapita;
    const firstOther = plan.findIndex(otherScreen);
    expect(firstOther).toBeGreaterThan(0);
    expect(plan.slice(firstOther).every(otherScreen)).toBe(true);
  });

  it('leaves out what is drawn already, and starts from a family screen as from the overview', () => {
    const dataset = manyDistricts(230);
    const latest = selectionId({ year: 'latest', province: null, districts: [] });
    const [first] = screenSpecs(dataset, 'overview');
    drawSpec(dataset, { year: 'latest', province: null, districts: [] }, first, false, 'zh', MESSAGES.zh);
    const plan = warmingPlan(dataset, view({ name: 'family', domain: 'litigation' }), 'zh');
    expect(plan.some((job) => job.spec === first && selectionId(job.filter) === latest && !job.perCapita)).toBe(false);
    expect(plan.some((job) => job.spec === screenSpecs(dataset, 'overview')[1] && selectionId(job.filter) === latest)).toBe(true);
    expect(plan.some((job) => screenSpecs(dataset, 'litigation').includes(job.spec) && selectionId(job.filter) === latest && !job.perCapita)).toBe(false);
    expect(plan.filter((job) => job.perCapita).map((job) => job.spec)).toEqual(screenSpecs(dataset, 'litigation'));
  });

  it('plans nothing for a selection small enough to draw at once, nor for a screen without charts', () => {
    expect(warmingPlan(makeDataset(), view({ name: 'overview' }), 'zh')).toEqual([]);
    const dataset = manyDistricts(230);
    expect(warmingPlan(dataset, view({ name: 'data' }), 'zh')).toEqual([]);
    expect(warmingPlan(dataset, view({ name: 'report', reportId: dataset.reports[0].id }), 'zh')).toEqual([]);
  });
});

describe('warmDrawings', () => {
  it('draws one job per idle moment into the kept drawings, and stops when told', () => {
    const dataset = manyDistricts(230);
    const plan = warmingPlan(dataset, view({ name: 'overview' }), 'zh');
    const moments: (() => void)[] = [];
    const stop = warmDrawings(dataset, plan, 'zh', (work) => {
      moments.push(work);
      return () => moments.splice(moments.indexOf(work), 1);
    });
    expect(moments).toHaveLength(1);
    moments.shift()!();
    moments.shift()!();
    expect(isDrawn(dataset, plan[0].filter, plan[0].spec, plan[0].perCapita, 'zh')).toBe(true);
    expect(isDrawn(dataset, plan[1].filter, plan[1].spec, plan[1].perCapita, 'zh')).toBe(true);
    expect(isDrawn(dataset, plan[2].filter, plan[2].spec, plan[2].perCapita, 'zh')).toBe(false);
    stop();
    expect(moments).toHaveLength(0);
    expect(isDrawn(dataset, plan[2].filter, plan[2].spec, plan[2].perCapita, 'zh')).toBe(false);
  });
});
