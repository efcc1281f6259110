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
    // The comparison's reported rows come first, largest first: its ranking as it stands.
    const ranked = reportedRows(dataset, filter, indicatorId, lang);
    if (ranked.length < 2) continue;
    const top = ranked[0].value;
    const bottom = ranked[ranked.length - 1].value;
    if (top === bottom) continue;
    facts.push({
      type: 'range',
      indicatorId,
      high: ranked.filter((row) => row.value === top).map((row) => rankedFigure(row, row.value!)),
      low: ranked.filter((row) => row.value === bottom).map((row) => rankedFigure(row, row.value!)),
      compared: ranked.length,
      years: yearsOf(ranked.map((row) => row.report)),
      notes: ranked.filter(hasNote).length,
    });
  }
  for (const indicatorId of volumes) {
    const indicator = dataset.indicatorById.get(indicatorId);
    if (!indicator || !canBePerCapita(indicator)) continue;
    // Per 10,000 residents, of the reported value, among the districts with a census population: the
    // largest (the first of the ranking, should several share it) and how many were compared.
    let top: { row: ComparisonRow; value: number } | undefined;
    const compared: Report[] = [];
    for (const row of reportedRows(dataset, filter, indicatorId, lang)) {
      const population = dataset.populationByAdminCode.get(row.report.adminCode)?.population;
      if (!population) continue;
      const value = per10k(reportedValueOf(row)!, population);
      compared.push(row.report);
      if (!top || value > top.value) top = { row, value };
    }
    if (!top || compared.length < 2) continue;
    facts.push({ type: 'perCapita', indicatorId, top: rankedFigure(top.row, top.value), compared: compared.length, years: yearsOf(compared) });
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

/** A figure the brief names, with its observation (made only for the few named, not for the 2,850 ranked). */
function rankedFigure(row: ComparisonRow, value: number): RankedFigure {
  return { report: row.report, observation: row.observation!, value };
}

/**
 * The rows of the reports giving the figure, largest first: the overview's ranking of it (comparisonOf),
 * shared. In English a figure in 万元 is drawn in million yuan: its rank is the same, and per capita is
 * computed from the reported value.
 */
function reportedRows(dataset: Dataset, filter: ReportFilter, indicatorId: string, lang: Lang): ComparisonRow[] {
  const comparison = comparisonOf(dataset, filter, indicatorId, false, lang);
  return comparison ? comparison.rows.filter((row) => row.value !== undefined) : [];
}
