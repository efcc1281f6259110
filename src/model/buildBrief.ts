/**
 * The leaders' brief: a handful of facts the data supports, each tied to the observations it rests on
 * and carrying what limits the comparison. Pure: dataset and selection in, facts out; wording is the
 * interface's job.
 */
import type { Dataset, Observation, Report } from '../data/dataset';
import type { Lang } from '../i18n/messages';
import { canBePerCapita, hasNote, per10k, reportedValueOf, type ComparisonRow } from './buildComparison';
import { comparisonOf } from './comparisonOf';
import { isDisagreement, type Finding } from './consistency';
import { selectReports, yearsOf, type ReportFilter } from './selectReports';

export interface RankedFigure {
  report: Report;
  observation: Observation;
  /** The compared value: as reported, or per 10,000 residents. */
  value: number;
}

export type BriefFact =
  /** `high` and `low` hold every district tied at the extreme. */
  | { type: 'range'; indicatorId: string; high: RankedFigure[]; low: RankedFigure[]; compared: number; years: number[]; notes: number }
  | { type: 'perCapita'; indicatorId: string; top: RankedFigure; compared: number; years: number[] }
  | { type: 'inconsistent'; finding: Finding; observation: Observation; report: Report };

/** The most figures that do not add up a brief names. */
export const BRIEF_INCONSISTENT_LIMIT = 5;

/** Highest and lowest of each rate, the largest volume per 10,000 residents, and figures that do not add up. */
export function buildBrief(dataset: Dataset, filter: ReportFilter, rates: readonly string[], volumes: readonly string[], findings: readonly Finding[]): BriefFact[] {
  return [...briefRankings(dataset, filter, rates, volumes), ...briefInconsistencies(dataset, selectReports(dataset, filter), findings)];
}

/**
 * The brief's ranges and per-capita leaders. `lang` only chooses which of the charts' comparisons to
 * share: the ranks, ties and figures named are the same in every language.
 */
export function briefRankings(dataset: Dataset, filter: ReportFilter, rates: readonly string[], volumes: readonly string[], lang: Lang = 'zh'): BriefFact[] {
  const facts: BriefFact[] = [];
  for (const indicatorId of rates) {
    const ranked = rankedRows(dataset, filter, indicatorId, false, lang);
    if (ranked.length < 2) continue;
    const top = ranked[0].value;
    const bottom = ranked[ranked.length - 1].value;
    if (top === bottom) continue;
    facts.push({
      type: 'range',
      indicatorId,
      high: ranked.filter((r) => r.value === top).map(rankedFigure),
      low: ranked.filter((r) => r.value === bottom).map(rankedFigure),
      compared: ranked.length,
      years: yearsOf(ranked.map((r) => r.row.report)),
      notes: ranked.filter((r) => hasNote(r.row)).length,
    });
  }
  for (const indicatorId of volumes) {
    const indicator = dataset.indicatorById.get(indicatorId);
    if (!indicator || !canBePerCapita(indicator)) continue;
    const ranked = rankedRows(dataset, filter, indicatorId, true, lang);
    if (ranked.length < 2) continue;
    facts.push({ type: 'perCapita', indicatorId, top: rankedFigure(ranked[0]), compared: ranked.length, years: yearsOf(ranked.map((r) => r.row.report)) });
  }
  return facts;
}

/** The brief's figures that do not add up, among the selected reports. */
export function briefInconsistencies(dataset: Dataset, reports: readonly Report[], findings: readonly Finding[]): BriefFact[] {
  const facts: BriefFact[] = [];
  const selected = new Set(reports.map((report) => report.id));
  let inconsistent = 0;
  for (const finding of findings) {
    if (!selected.has(finding.reportId) || !isDisagreement(finding)) continue;
    // A brief stays brief across a province or the country; the findings list below has them all.
    if (++inconsistent > BRIEF_INCONSISTENT_LIMIT) break;
    const observation = dataset.observationByKey.get(`${finding.reportId}/${finding.indicatorId}`);
    if (observation) facts.push({ type: 'inconsistent', finding, observation, report: dataset.reportById.get(finding.reportId)! });
  }
  return facts;
}

/** A ranked row and the value it is ranked by. */
interface Ranked {
  row: ComparisonRow;
  value: number;
}

/** A figure the brief names, with its observation (made only for the few named, not for the 2,850 ranked). */
function rankedFigure({ row, value }: Ranked): RankedFigure {
  return { report: row.report, observation: row.observation!, value };
}

function rankedRows(dataset: Dataset, filter: ReportFilter, indicatorId: string, perCapita: boolean, lang: Lang): Ranked[] {
  // The overview's rankings of the same figures share it (comparisonOf). In English a figure in 万元 is
  // drawn in million yuan: its rank is the same, and per capita is computed from the reported value.
  const comparison = comparisonOf(dataset, filter, indicatorId, false, lang);
  if (!comparison) return [];
  return comparison.rows
    .flatMap((row) => {
      if (row.value === undefined) return [];
      if (!perCapita) return [{ row, value: row.value }];
      const population = dataset.populationByAdminCode.get(row.report.adminCode)?.population;
      return population ? [{ row, value: per10k(reportedValueOf(row)!, population) }] : [];
    })
    .sort((a, b) => b.value - a.value);
}
