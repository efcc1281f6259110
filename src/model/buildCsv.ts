/**
 * CSV text that Excel and WPS open correctly and safely: UTF-8 with a byte-order mark (without it both
 * read Chinese as mojibake), CRLF line ends, RFC 4180 quoting, and text cells neutralised against
 * formula injection.
 */

/** A cell: text, or a number written as a number. */
export type CsvCell = string | number;

/** The UTF-8 byte-order mark that tells Excel and WPS the file is UTF-8. */
export const BOM = '\uFEFF';

// A spreadsheet reads a cell starting with one of these as a formula (tab and CR can hide one).
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Makes a text cell inert: one that a spreadsheet would read as a formula gets a leading apostrophe,
 * as OWASP recommends. Only text is neutralised; numbers never reach this function.
 */
export function neutraliseText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * One cell as CSV. A number is written as a plain number (-37.5 stays -37.5, a number a spreadsheet
 * should compute with); text is neutralised, then quoted when it holds a comma, quote or line break.
 */
export function formatCsvCell(cell: CsvCell): string {
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = neutraliseText(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file: BOM, the header, then one line per row, CRLF-separated and ending in CRLF. */
export function buildCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(formatCsvCell).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
