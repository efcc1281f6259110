/** Observations gathered row by row as they are checked, then made columns (see observationTable.ts). */
import { NUMBER_COLUMN_NAMES, type ObservationColumns } from './observationTable';
import type { QuoteLocation } from './paragraphs';

/** One checked observation, its report and indicator given by index. */
export interface ColumnRow {
  report: number;
  indicator: number;
  value: number;
  /** Index into QUALIFIERS. */
  qualifier: number;
  decimals: number;
  line: number;
  location: QuoteLocation | undefined;
  quote: string;
  note: string;
  noteZh: string;
  /** The analyst's file, for a row of theirs. */
  userFile: string | undefined;
}

/** The rows as columns: typed arrays of numbers, the few notes and analyst's rows kept sparse. */
export function buildColumns(rows: readonly ColumnRow[]): ObservationColumns {
  const noted = rows.flatMap((row, at) => (row.note || row.noteZh ? [at] : []));
  const own = rows.flatMap((row, at) => (row.userFile !== undefined ? [at] : []));
  return {
    count: rows.length,
    report: Int32Array.from(rows, (row) => row.report),
    indicator: Int32Array.from(rows, (row) => row.indicator),
    value: Float64Array.from(rows, (row) => row.value),
    qualifier: Uint8Array.from(rows, (row) => row.qualifier),
    decimals: Uint8Array.from(rows, (row) => row.decimals),
    line: Int32Array.from(rows, (row) => row.line),
    paragraph: Int32Array.from(rows, (row) => row.location?.paragraphIndex ?? -1),
    start: Int32Array.from(rows, (row) => row.location?.start ?? 0),
    end: Int32Array.from(rows, (row) => row.location?.end ?? 0),
    quotes: rows.map((row) => row.quote),
    noteRows: Int32Array.from(noted),
    notes: noted.map((at) => rows[at].note),
    notesZh: noted.map((at) => rows[at].noteZh),
    userRows: Int32Array.from(own),
    userFiles: own.map((at) => rows[at].userFile!),
  };
}

/** The buffers of the columns, to transfer rather than copy to another thread. */
export function columnBuffers(c: ObservationColumns): ArrayBuffer[] {
  return [...NUMBER_COLUMN_NAMES.map((column) => c[column]), c.noteRows, c.userRows].map((array) => array.buffer as ArrayBuffer);
}
