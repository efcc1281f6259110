/**
 * The values a figure is ranked among: every district's figure for one indicator and one year, largest
 * first, across the country and by province. Built once per indicator and year from the dataset's index
 * (one report per district and year) and kept, so a profile's ranks cost a binary search each and a
 * national profile opens without going through 680,000 figures.
 */
import type { Dataset, Report } from '../data/dataset';
import { ObservationTable } from '../data/observationTable';
import { observationKey } from '../data/dataset';
import { indexDataset } from './datasetIndex';
import { sortDescending } from './standing';

export interface PeerValues {
  /** Every reporting district's value, largest first. */
  all: Float64Array;
  /** The same by province. */
  byProvince: Map<string, Float64Array>;
}

const byYear = new WeakMap<Dataset, Map<number, Report[]>>();
const peers = new WeakMap<Dataset, Map<string, PeerValues>>();

/** One report per district for `year` (the first, should a district have two for one year). */
export function reportsOfYear(dataset: Dataset, year: number): Report[] {
  let years = byYear.get(dataset);
  if (!years) {
    years = new Map();
    for (const reports of indexDataset(dataset).reportsByDistrict.values()) {
      let last = NaN;
      for (const report of reports) {
        if (report.year === last) continue;
        last = report.year;
        const list = years.get(report.year);
        if (list) list.push(report);
        else years.set(report.year, [report]);
      }
    }
    byYear.set(dataset, years);
  }
  return years.get(year) ?? [];
}

/** A report's value for an indicator, read from the columns without making the observation; undefined if not given. */
export function valueOf(dataset: Dataset, reportId: string, indicatorId: string): number | undefined {
  const byKey = dataset.observationByKey;
  if (byKey instanceof ObservationTable) {
    const row = byKey.rowFor(reportId, indicatorId);
    return row < 0 ? undefined : byKey.columns.value[row];
  }
  return byKey.get(observationKey(reportId, indicatorId))?.value;
}

/** The values of every district reporting `indicatorId` for `year`, built on first use and kept. */
export function peerValuesOf(dataset: Dataset, year: number, indicatorId: string): PeerValues {
  let kept = peers.get(dataset);
  if (!kept) peers.set(dataset, (kept = new Map()));
  const id = `${year}|${indicatorId}`;
  let found = kept.get(id);
  if (!found) {
    const all: number[] = [];
    const provinces = new Map<string, number[]>();
    for (const report of reportsOfYear(dataset, year)) {
      const value = valueOf(dataset, report.id, indicatorId);
      if (value === undefined) continue;
      all.push(value);
      const list = provinces.get(report.province);
      if (list) list.push(value);
      else provinces.set(report.province, [value]);
    }
    found = { all: sortDescending(all), byProvince: new Map([...provinces].map(([province, values]) => [province, sortDescending(values)])) };
    kept.set(id, found);
  }
  return found;
}
