/**
 * observations.csv read in two parts at once, one per worker, and joined as if it had been read whole.
 * A part is the header line followed by a run of the file's lines; it is checked on its own, and what it
 * could not know (a figure already given in an earlier part, its lines' place in the file) is settled
 * when it joins: a first row of a part whose figure an earlier part already gave becomes the duplicate
 * a whole read would have reported, at the same place among the issues.
 */
import type { DataIssue } from './issue';
import type { ObservationColumns } from './observationTable';

/** The rows of a part that were the first, within it, to give their figure (report × indicator cell). */
export interface Claims {
  cells: number[];
  /** How many check issues the part had before the row: the row's own issue, if any, comes next. */
  issuesBefore: number[];
  /** The row's place among the part's kept rows, or -1 when the row was left out with an issue. */
  keptRows: number[];
}

/** What a worker posts back for its part: kept rows as columns, and its issues, lines counted from the part's header. */
export interface ObservationPart {
  columns: ObservationColumns;
  parseIssues: DataIssue[];
  checkIssues: DataIssue[];
  claims: Claims;
}

/** The part's issues as the whole read would give them: lines moved by `lineOffset`, duplicates put in. */
export function joinPartIssues(
  part: ObservationPart,
  lineOffset: number,
  claimedBefore: (cell: number) => boolean,
  duplicate: (cell: number, line: number) => DataIssue,
): { parseIssues: DataIssue[]; checkIssues: DataIssue[]; droppedRows: Set<number> } {
  const moved = (issue: DataIssue): DataIssue => (issue.line === undefined ? issue : { ...issue, line: issue.line + lineOffset });
  // The header is the first part's: its problems (a missing column) are that part's to report.
  const parseIssues = part.parseIssues.filter((issue) => issue.line !== undefined && issue.line > 1).map(moved);
  const checkIssues: DataIssue[] = [];
  const droppedRows = new Set<number>();
  let next = 0;
  const { cells, issuesBefore, keptRows } = part.claims;
  for (let k = 0; k < cells.length; k++) {
    if (!claimedBefore(cells[k])) continue;
    while (next < issuesBefore[k]) checkIssues.push(moved(part.checkIssues[next++]));
    const kept = keptRows[k];
    // The row's own outcome (kept, or an issue found after the duplicate check) gives way to the duplicate.
    const line = kept >= 0 ? part.columns.line[kept] : part.checkIssues[next++].line!;
    if (kept >= 0) droppedRows.add(kept);
    checkIssues.push(duplicate(cells[k], line + lineOffset));
  }
  while (next < part.checkIssues.length) checkIssues.push(moved(part.checkIssues[next++]));
  return { parseIssues, checkIssues, droppedRows };
}
