/**
 * The rows of a file that were not loaded, as a CSV to fix and load again: a `reason` column first (so a
 * row with too many or too few fields keeps all of them), then the row exactly as written. Cells that a
 * spreadsheet would run as a formula are neutralised.
 */
import { buildCsv, type CsvCell } from '../../model/buildCsv';
import type { DataIssue } from '../../data/issue';
import { issuesOfRows, type RejectedFile } from '../../data/rejectedRows';
import type { Messages } from '../../i18n/messages';
import { describeIssueAt } from './describeIssue';

/** The header of the reason column; ignored when the file is loaded again. */
export const REASON_COLUMN = 'reason';

/** A field as a cell: a plain number stays a number (-3.5 must load again as -3.5), anything else is text. */
function toCell(field: string): CsvCell {
  return /^-?[0-9]+(\.[0-9]+)?$/.test(field) && String(Number(field)) === field ? Number(field) : field;
}

/** The CSV text (UTF-8 with BOM, for Excel and WPS) of a file's rejected rows, reasons in the interface language. */
export function buildRejectedCsv(rejected: RejectedFile, issues: readonly DataIssue[], t: Messages): string {
  const reasons = issuesOfRows(rejected, issues);
  const rows = rejected.rows.map((row, i) => [reasons[i].map((issue) => describeIssueAt(issue, t)).join('; '), ...row.fields.map(toCell)]);
  return buildCsv([REASON_COLUMN, ...rejected.header], rows);
}

/** The name the download gets: `observations.csv` → `observations-rejected.csv`. */
export function rejectedFileName(name: string): string {
  const dot = name.lastIndexOf('.');
  return `${dot > 0 ? name.slice(0, dot) : name}-rejected.csv`;
}
