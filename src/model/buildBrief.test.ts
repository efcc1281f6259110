import { describe, expect, it } from 'vitest';
import { readDatasetTexts } from '../../scripts/readDatasetTexts';
import { DONG_2022, fixtureTexts, makeDataset, XI_2020 } from '../../test/fixtures/makeDataset';
import { buildDataset } from '../data/buildDataset';
import { briefRankings, buildBrief, type BriefFact } from './buildBrief';
import { buildComparison, per10k } from './buildComparison';
import { selectReports } from './selectReports';
import type { Dataset } from '../data/dataset';
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

/** The brief's rankings as sorting every reported figure gives them: the ranges of rates, the per-capita leaders. */
function rankedBySorting(dataset: Dataset, rates: string[], volumes: string[]): BriefFact[] {
  const reports = selectReports(dataset, ALL);
  const ranked = (indicatorId: string, perCapita: boolean) =>
    buildComparison(dataset, reports, indicatorId, false)!
      .rows.flatMap((row) => {
        if (!row.observation || row.value === undefined) return [];
        const population = dataset.populationByAdminCode.get(row.report.adminCode)?.population;
        if (!perCapita) return [{ report: row.report, observation: row.observation, value: row.value }];
        return population ? [{ report: row.report, observation: row.observation, value: per10k(row.observation.value, population) }] : [];
      })
      .sort((a, b) => b.value - a.value);
  const facts: BriefFact[] = [];
  for (const indicatorId of rates) {
    const figures = ranked(indicatorId, false);
    const [top, bottom] = [figures[0].value, figures.at(-1)!.value];
    facts.push({
      type: 'range',
      indicatorId,
      high: figures.filter((r) => r.value === top),
      low: figures.filter((r) => r.value === bottom),
      compared: figures.length,
      years: [...new Set(figures.map((r) => r.report.year))].sort(),
      notes: figures.filter((r) => r.observation.note || r.observation.noteZh).length,
    });
  }
  for (const indicatorId of volumes) {
    const figures = ranked(indicatorId, true);
    facts.push({ type: 'perCapita', indicatorId, top: figures[0], compared: figures.length, years: [...new Set(figures.map((r) => r.report.year))].sort() });
  }
  return facts;
}

describe('briefRankings without sorting every figure', () => {
  it('names every district tied at the top, in ranking order, as sorting every figure does', () => {
    // 西区 reports the success rate 东区 2022 reports: both are the highest.
    const texts = fixtureTexts();
    texts.observations = texts.observations.replace(`${XI_2020},mediation_success_rate,97,exact,调解成功率97%`, `${XI_2020},mediation_success_rate,98.2,exact,调解成功率98.2%`);
    texts.sources['xi-2020.txt'] = texts.sources['xi-2020.txt'].replace('调解成功率97%', '调解成功率98.2%');
    const tied = makeDataset(texts);
    const facts = briefRankings(tied, ALL, ['mediation_success_rate'], ['mediation_cases', 'mediation_amount']);
    expect(facts).toEqual(rankedBySorting(tied, ['mediation_success_rate'], ['mediation_cases', 'mediation_amount']));
    const range = facts[0];
    if (range.type !== 'range') throw new Error('no range');
    expect(range.high.map((r) => r.report.id).sort()).toEqual([DONG_2022, XI_2020].sort());
    expect(range.high.map((r) => r.observation.key)).toEqual(range.high.map((r) => `${r.report.id}/mediation_success_rate`));
    expect(range.notes).toBe(0);
  });

  it('counts the noted figures it compares', () => {
    const dataset = makeDataset();
    expect(briefRankings(dataset, ALL, [], ['mediation_cases'])).toEqual(rankedBySorting(dataset, [], ['mediation_cases']));
    const [fact] = briefRankings(dataset, ALL, ['mediation_cases'], []);
    // 东区 2022's mediation count has a note: the range over the four reports counts it.
    expect(fact.type === 'range' && fact.notes).toBe(1);
  });
});
