import { describe, expect, it } from 'vitest';
import { readDatasetTexts } from '../../scripts/readDatasetTexts';
import { makeDataset } from '../../test/fixtures/makeDataset';
import { buildDataset } from '../data/buildDataset';
import { briefRankings, buildBrief } from './buildBrief';
import { findInconsistencies } from './consistency';

/** Every report; and none (a province no report is of). */
const ALL = { year: 'all' as const, province: null, districts: [] };
const NOWHERE = { year: 'all' as const, province: 'nowhere', districts: [] };

describe('buildBrief', () => {
  const dataset = makeDataset();
  const rates = dataset.indicators.filter((i) => i.kind === 'rate').map((i) => i.id);
  const volumes = dataset.indicators.filter((i) => i.kind === 'count').map((i) => i.id);

  it('names the highest and lowest of a rate among the reports that give it, with the years compared', () => {
    const facts = buildBrief(dataset, ALL, rates, [], []);
    const range = facts.find((fact) => fact.type === 'range');
    expect(range).toBeDefined();
    if (range?.type !== 'range') return;
    const values = dataset.observations.filter((o) => o.indicatorId === range.indicatorId).map((o) => o.value);
    expect(range.high.every((r) => r.value === Math.max(...values))).toBe(true);
    expect(range.low.every((r) => r.value === Math.min(...values))).toBe(true);
    expect(range.compared).toBe(values.length);
    expect(range.years.length).toBeGreaterThan(0);
  });

  it('ranks volumes per 10,000 residents and leaves out districts without a census population', () => {
    const facts = buildBrief(dataset, ALL, [], volumes, []);
    expect(facts.some((fact) => fact.type === 'perCapita')).toBe(true);
    for (const fact of facts) {
      if (fact.type !== 'perCapita') continue;
      const population = dataset.populationByAdminCode.get(fact.top.report.adminCode)!.population;
      expect(fact.top.value).toBeCloseTo((fact.top.observation.value / population) * 10000, 9);
      const withPopulation = dataset.observations.filter(
        (o) => o.indicatorId === fact.indicatorId && dataset.populationByAdminCode.has(dataset.reportById.get(o.reportId)!.adminCode),
      );
      expect(fact.compared).toBe(withPopulation.length);
    }
  });

  it('ranks the same figures in either language (amounts drawn in million yuan keep their order)', () => {
    const amounts = dataset.indicators.filter((i) => i.kind === 'amount').map((i) => i.id);
    const zh = briefRankings(dataset, ALL, rates, [...volumes, ...amounts], 'zh');
    expect(zh.length).toBeGreaterThan(1);
    expect(briefRankings(dataset, ALL, rates, [...volumes, ...amounts], 'en')).toEqual(zh);
  });

  it('reports only findings that disagree, for the selected reports only', () => {
    // The curated data has one: Huadu's 16.2% correction rate agrees with its parts only if truncated.
    const { dataset: curated } = buildDataset(readDatasetTexts('data'));
    const findings = findInconsistencies(curated);
    const facts = buildBrief(curated, ALL, [], [], findings);
    const disagreements = findings.filter((f) => (f.type === 'rate' ? !f.agreesRounded : f.status === 'above'));
    expect(disagreements.length).toBeGreaterThan(0);
    expect(facts.filter((fact) => fact.type === 'inconsistent')).toHaveLength(disagreements.length);
    expect(buildBrief(curated, NOWHERE, [], [], findings)).toEqual([]);
  });
});
