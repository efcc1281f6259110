/** Which reports a view compares: the filters of year, province and districts applied to the dataset. */
import type { Dataset, Report } from '../data/dataset';
import { MESSAGES, type Lang } from '../i18n/messages';
import type { YearFilter } from '../url/viewState';
import { indexDataset } from './datasetIndex';
import { districtName } from './locale';

export interface ReportFilter {
  year: YearFilter;
  province: string | null;
  districts: string[];
}

/**
 * Selects the reports to compare, in a stable order (province, then district). With year `latest`, each
 * district contributes its most recent report; unknown provinces or districts simply match nothing.
 * The order and the districts' reports come from the dataset's index, built once (see datasetIndex.ts).
 * The array is shared by every caller asking with the same filter: read it, never change it.
 */
export function selectReports(dataset: Dataset, filter: ReportFilter): Report[] {
  // The same filter gives the same array, so every chart memoized on it is reused when nothing changed.
  let recent = selections.get(dataset);
  if (!recent) selections.set(dataset, (recent = new Map()));
  const id = selectionId(filter);
  const known = recent.get(id);
  if (known) {
    // Kept as the most recent: the selections dropped first are the ones not asked for longest.
    recent.delete(id);
    recent.set(id, known);
    return known;
  }
  const selected = selectUncached(dataset, filter);
  if (recent.size >= SELECTIONS_KEPT) recent.delete(recent.keys().next().value!);
  recent.set(id, selected);
  return selected;
}

/** What a filter selects, as a string: the key every value kept per selection is found by. */
export function selectionId(filter: ReportFilter): string {
  return `${filter.year}|${filter.province ?? ''}|${filter.districts.join(',')}`;
}

const SELECTIONS_KEPT = 16;
const selections = new WeakMap<Dataset, Map<string, Report[]>>();

function selectUncached(dataset: Dataset, filter: ReportFilter): Report[] {
  const index = indexDataset(dataset);
  const wanted = filter.districts.length === 0 ? undefined : new Set(filter.districts);
  const inPlace = (report: Report) => (filter.province === null || report.province === filter.province) && (!wanted || wanted.has(report.adminCode));
  if (filter.year === 'latest') {
    // Each district's latest report, among the reports in place (a district's reports share its province).
    const chosen: Report[] = [];
    for (const [adminCode, reports] of index.reportsByDistrict) {
      if (wanted && !wanted.has(adminCode)) continue;
      // The first report of the latest year wins, should a district have two for one year.
      let latest: Report | undefined;
      for (const report of reports) if (inPlace(report) && (!latest || report.year > latest.year)) latest = report;
      if (latest) chosen.push(latest);
    }
    return chosen.sort((a, b) => index.rank.get(a)! - index.rank.get(b)!);
  }
  return index.ordered.filter((report) => inPlace(report) && (filter.year === 'all' || report.year === filter.year));
}

/**
 * The districts a filter of one year takes in (those chosen, or every district of the province or the
 * country) that have no report of that year, each as its latest report: "not reported" would be wrong for
 * them, there is no report to read. None for the latest or all years. In display order.
 */
export function districtsWithoutYear(dataset: Dataset, filter: ReportFilter): Report[] {
  if (typeof filter.year !== 'number') return [];
  const { year } = filter;
  const index = indexDataset(dataset);
  const wanted = filter.districts.length === 0 ? undefined : new Set(filter.districts);
  return (index.districtsByProvince.get(filter.province ?? '') ?? []).filter(
    (latest) => (!wanted || wanted.has(latest.adminCode)) && !index.reportsByDistrict.get(latest.adminCode)!.some((report) => report.year === year),
  );
}

/** The distinct years of a set of reports, ascending. */
export function yearsOf(reports: readonly Report[]): number[] {
  return [...new Set(reports.map((report) => report.year))].sort((a, b) => a - b);
}

/**
 * A district's label with its year, as charts show it (`武江区 2020`, `Wujiang District 2020`); a report
 * an analyst loaded says so (`某区 2021（我的数据）`), in every chart, legend and table that names it.
 */
export function labelReport(report: Report, lang: Lang = 'zh'): string {
  return `${districtName(report, lang)} ${labelYear(report, lang)}`;
}

/** A report's year, marked when the report is the analyst's own: the part of labelReport after the district. */
export function labelYear(report: Report, lang: Lang = 'zh'): string {
  return `${report.year}${report.origin === 'user' ? MESSAGES[lang].upload.ownLabel : ''}`;
}
