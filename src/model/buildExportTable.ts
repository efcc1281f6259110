/**
 * The rows a CSV export writes: one per value, carrying its district, year, indicator in both
 * languages, the value as reported, unit, hedge, verbatim quote, note and the report it came from.
 */
import type { Dataset } from '../data/dataset';
import type { Qualifier } from '../data/schema';
import type { Lang } from '../i18n/messages';
import type { CsvCell } from './buildCsv';
import { districtName, noteOf, unitLabel } from './locale';
import type { TableRow } from './selectRows';

/** The column names in the order written. */
export const EXPORT_COLUMNS = [
  'district',
  'adminCode',
  'year',
  'indicatorId',
  'indicatorZh',
  'indicatorEn',
  'value',
  'unit',
  'qualifier',
  'quote',
  'note',
  'reportTitle',
] as const;

export type ExportColumn = (typeof EXPORT_COLUMNS)[number];

/** The interface words the table needs, in the export's language. */
export interface ExportTableWords {
  columns: Record<ExportColumn, string>;
  qualifiers: Record<Qualifier, string>;
  /** The unit 万元 as written beside an unconverted value (the CSV never rescales a reported figure). */
  tenThousandYuan: string;
}

export interface ExportTable {
  header: string[];
  rows: CsvCell[][];
}

/** The table rows behind a set of observation keys, in the order given; unknown keys are skipped. */
export function rowsOfKeys(dataset: Dataset, keys: readonly string[]): TableRow[] {
  return [...new Set(keys)].flatMap((key) => {
    const observation = dataset.observationByKey.get(key);
    if (!observation) return [];
    return [{ observation, report: dataset.reportById.get(observation.reportId)!, indicator: dataset.indicatorById.get(observation.indicatorId)! }];
  });
}

/**
 * Builds the export table. The value is the figure as the report gives it, a number even when the chart
 * draws it per 10,000 residents or as a share, so a spreadsheet can recompute from it; its hedge is in
 * the qualifier column, never folded into the number.
 */
export function buildExportTable(rows: readonly TableRow[], lang: Lang, words: ExportTableWords): ExportTable {
  return {
    header: EXPORT_COLUMNS.map((column) => words.columns[column]),
    rows: rows.map(({ observation, report, indicator }) => [
      districtName(report, lang),
      report.adminCode,
      report.year,
      indicator.id,
      indicator.nameZh,
      indicator.nameEn,
      observation.value,
      lang === 'en' && indicator.unit === '万元' ? words.tenThousandYuan : unitLabel(indicator.unit, lang),
      words.qualifiers[observation.qualifier],
      observation.quote,
      noteOf(observation, lang),
      report.title,
    ]),
  };
}
