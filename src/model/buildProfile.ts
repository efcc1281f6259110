/**
 * A district's profile: for each family, every figure its reports give, with where the latest one stands
 * among the districts reporting the same indicator that year (across the country, and within the
 * province where several report it), per 10,000 residents for counts, and the figure over the years.
 *
 *   index.reportsByDistrict ─▶ the district's reports ─observationsOfReport─▶ its figures
 *   peerValuesOf(year, indicator) ─standingOf─▶ rank of N, median      buildYearSeries ─▶ the years
 */
import type { Dataset, Indicator, Observation, Population, Report } from '../data/dataset';
import type { Domain } from '../data/schema';
import { lookupObservation } from '../data/observationTable';
import { canBePerCapita, per10k } from './buildComparison';
import { buildYearSeries, type SeriesPoint } from './buildYearSeries';
import { indexDataset, observationsOfReport } from './datasetIndex';
import { peerValuesOf } from './peerValues';
import { standingOf, type Standing } from './standing';

export interface ProfileRow {
  indicator: Indicator;
  /** The figure of the district's latest report; absent when that report does not give it. */
  latest?: Observation;
  /** The latest figure per 10,000 residents (a count or an amount, with the district in the census). */
  per10k?: number;
  /** Among every district reporting the indicator for the latest report's year (not for a 同比 change). */
  national?: Standing;
  /** Among the province's districts reporting it, where there are several and not every one is in it. */
  province?: Standing;
  /** The figure over the district's years, gaps kept. */
  series: SeriesPoint[];
}

export interface ProfileFamily {
  domain: Domain;
  rows: ProfileRow[];
}

export interface DistrictProfile {
  adminCode: string;
  /** The latest report: the one ranked. */
  latest: Report;
  /** Every report of the district, oldest first. */
  reports: Report[];
  population?: Population;
  families: ProfileFamily[];
  /** Every figure of the district's families that counts differently from its definition (it has a note), newest first. */
  notes: Observation[];
}

/** The profile of the district with `adminCode`, or undefined when no report is of it. */
export function buildProfile(dataset: Dataset, adminCode: string, domains: readonly Domain[]): DistrictProfile | undefined {
  const reports = indexDataset(dataset).reportsByDistrict.get(adminCode);
  if (!reports || reports.length === 0) return undefined;
  // The latest year's first report, as the screens choose it (selectReports).
  const latest = reports.find((report) => report.year === reports.at(-1)!.year)!;
  const population = dataset.populationByAdminCode.get(adminCode);
  const given = new Set(reports.flatMap((report) => observationsOfReport(dataset, report.id).map((observation) => observation.indicatorId)));
  const families = domains.map((domain) => ({
    domain,
    rows: dataset.indicators
      .filter((indicator) => indicator.domain === domain && given.has(indicator.id))
      .map((indicator) => profileRow(dataset, indicator, latest, reports, population)),
  }));
  const inFamilies = new Set(domains);
  const notes = [...reports]
    .reverse()
    .flatMap((report) =>
      observationsOfReport(dataset, report.id).filter(
        (observation) => (observation.note || observation.noteZh) && inFamilies.has(dataset.indicatorById.get(observation.indicatorId)!.domain),
      ),
    );
  return { adminCode, latest, reports, population, families, notes };
}

function profileRow(dataset: Dataset, indicator: Indicator, latest: Report, reports: Report[], population: Population | undefined): ProfileRow {
  const observation = lookupObservation(dataset.observationByKey, latest.id, indicator.id);
  const series = buildYearSeries(reports, (report) => lookupObservation(dataset.observationByKey, report.id, indicator.id));
  const row: ProfileRow = { indicator, series };
  if (!observation) return row;
  row.latest = observation;
  if (population && canBePerCapita(indicator)) row.per10k = per10k(observation.value, population.population);
  // A change a report states (同比) is its own comparison with its own year before: not ranked.
  if (indicator.kind === 'change') return row;
  const peers = peerValuesOf(dataset, latest.year, indicator.id);
  row.national = standingOf(peers.all, observation.value, observation.qualifier);
  const inProvince = peers.byProvince.get(latest.province);
  if (inProvince && inProvince.length >= 2 && inProvince.length < peers.all.length) row.province = standingOf(inProvince, observation.value, observation.qualifier);
  return row;
}
