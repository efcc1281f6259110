/** The data table's rows: every observation of the selected reports, filtered and sorted. */
import type { Dataset, Indicator, Observation, Report } from '../data/dataset';
import type { Domain } from '../data/schema';

export interface TableRow {
  observation: Observation;
  report: Report;
  indicator: Indicator;
}

export type SortColumn = 'district' | 'year' | 'indicator' | 'value';

export interface RowQuery {
  domain: Domain | null;
  indicator: string | null;
  /** Matched against the indicator names, the quote and the note. */
  text: string;
  sort: SortColumn;
  descending: boolean;
}

/** Selects and sorts the table rows for the given reports. */
export function selectRows(dataset: Dataset, reports: readonly Report[], query: RowQuery): TableRow[] {
  const reportIds = new Set(reports.map((report) => report.id));
  const needle = query.text.trim().toLowerCase();
  const rows = dataset.observations
    .filter((observation) => reportIds.has(observation.reportId))
    .map((observation) => ({
      observation,
      report: dataset.reportById.get(observation.reportId)!,
      indicator: dataset.indicatorById.get(observation.indicatorId)!,
    }))
    .filter(
      (row) =>
        (query.domain === null || row.indicator.domain === query.domain) &&
        (query.indicator === null || row.indicator.id === query.indicator) &&
        (needle === '' ||
          [row.indicator.nameZh, row.indicator.nameEn, row.indicator.id, row.observation.quote, row.observation.note, row.observation.noteZh, row.report.district].some((field) =>
            field.toLowerCase().includes(needle),
          )),
    );
  const compare: Record<SortColumn, (a: TableRow, b: TableRow) => number> = {
    district: (a, b) => a.report.district.localeCompare(b.report.district, 'zh'),
    year: (a, b) => a.report.year - b.report.year,
    indicator: (a, b) => a.indicator.nameZh.localeCompare(b.indicator.nameZh, 'zh'),
    value: (a, b) => a.observation.value - b.observation.value,
  };
  const sign = query.descending ? -1 : 1;
  return rows.sort((a, b) => sign * compare[query.sort](a, b) || a.observation.line - b.observation.line);
}
