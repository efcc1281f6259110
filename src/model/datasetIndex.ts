/**
 * What every view needs, computed once per dataset instead of on every render: reports in display order
 * (province, district, year, as the Chinese collation sorts them), by district and by province; the
 * provinces and years; and each report's figures. A national dataset has 17,000 reports and 680,000
 * figures, so a filter change must not sort or scan them again.
 */
import type { Dataset, Observation, Report } from '../data/dataset';
import { lookupObservation, ObservationTable } from '../data/observationTable';
import { collationPlaces, collator } from './collation';

export interface DatasetIndex {
  /** Every report in display order. */
  ordered: Report[];
  /** Position of each report in `ordered`. */
  rank: Map<Report, number>;
  provinces: string[];
  years: number[];
  /** Each district's reports, oldest first, by admin code. */
  reportsByDistrict: Map<string, Report[]>;
  /** The latest report of each district, in display order, by province ('' for all provinces). */
  districtsByProvince: Map<string, Report[]>;
}

const indexes = new WeakMap<Dataset, DatasetIndex>();
const figures = new WeakMap<Dataset, Map<string, Observation[]>>();

/**
 * Reports in display order: province, district, year, as the Chinese collation sorts them (the order of
 * comparing with localeCompare(…, 'zh'), which sorted reports before).
 */
export function sortForDisplay(reports: readonly Report[]): Report[] {
  const province = collationPlaces(reports.map((report) => report.province));
  const district = collationPlaces(reports.map((report) => report.district));
  const keyed = reports.map((report) => ({ report, province: province.get(report.province)!, district: district.get(report.district)! }));
  keyed.sort((a, b) => a.province - b.province || a.district - b.district || a.report.year - b.report.year);
  return keyed.map((entry) => entry.report);
}

/**
 * The positions in `reports` (a dataset's) of the reports in display order: what a worker sends with a
 * dataset, worked out from its reports alone, so before the observations are all read.
 */
export function displayOrder(reports: readonly Report[]): Int32Array {
  const position = new Map(reports.map((report, i) => [report, i]));
  return Int32Array.from(sortForDisplay(reports), (report) => position.get(report)!);
}

/**
 * The index of a dataset, built on first use. `order`, the display order a worker computed already
 * (displayOrder), spares the page sorting 17,000 reports.
 */
export function indexDataset(dataset: Dataset, order?: ArrayLike<number>): DatasetIndex {
  const known = indexes.get(dataset);
  if (known) return known;
  const ordered = order ? Array.from(order, (position) => dataset.reports[position]) : sortForDisplay(dataset.reports);
  const rank = new Map(ordered.map((report, i) => [report, i]));
  const reportsByDistrict = new Map<string, Report[]>();
  for (const report of dataset.reports) {
    const list = reportsByDistrict.get(report.adminCode);
    if (list) list.push(report);
    else reportsByDistrict.set(report.adminCode, [report]);
  }
  // Each district's few reports sorted (stable: a year given twice keeps the dataset's order), not all 17,000.
  for (const list of reportsByDistrict.values()) if (list.length > 1) list.sort((a, b) => a.year - b.year);
  const districtsByProvince = new Map<string, Report[]>([['', []]]);
  const seen = new Set<string>();
  for (const report of ordered) {
    if (seen.has(report.adminCode)) continue;
    seen.add(report.adminCode);
    const latest = reportsByDistrict.get(report.adminCode)!.at(-1)!;
    districtsByProvince.get('')!.push(latest);
    const list = districtsByProvince.get(report.province);
    if (list) list.push(latest);
    else districtsByProvince.set(report.province, [latest]);
  }
  const index: DatasetIndex = {
    ordered,
    rank,
    provinces: [...districtsByProvince.keys()].filter((province) => province !== '').sort(collator.compare),
    years: [...new Set(dataset.reports.map((report) => report.year))].sort((a, b) => a - b),
    reportsByDistrict,
    districtsByProvince,
  };
  indexes.set(dataset, index);
  return index;
}

/** The figures a report gives, in the order of observations.csv; looked up once per report. */
export function observationsOfReport(dataset: Dataset, reportId: string): Observation[] {
  let byReport = figures.get(dataset);
  if (!byReport) figures.set(dataset, (byReport = new Map()));
  let list = byReport.get(reportId);
  if (!list) {
    const table = dataset.observationByKey;
    list = dataset.indicators.flatMap((indicator) => lookupObservation(table, reportId, indicator.id) ?? []);
    // Before a published dataset's lines arrive, its rows are observations.csv's order (it is published so).
    if (table instanceof ObservationTable && !table.hasLocations()) list.sort((a, b) => table.rowOf(a.key) - table.rowOf(b.key));
    else list.sort((a, b) => a.line - b.line);
    byReport.set(reportId, list);
  }
  return list;
}
