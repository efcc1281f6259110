/** A problem found in a data file, reported as a value (never thrown) so the screen can show the rest. */
export interface DataIssue {
  /** The file the problem is in, as named in data/ (e.g. `observations.csv`). */
  file: string;
  /** 1-based line of the file; the header is line 1. Absent for problems that concern a whole file. */
  line?: number;
  /** The column concerned, where there is one. */
  column?: string;
  /** A plain sentence saying what is wrong. */
  message: string;
  /** `error` rejects the row; `finding` is information (e.g. a rate that does not recompute). */
  severity: 'error' | 'finding';
}

/** Formats an issue as `file:line [column] message` for the command line. */
export function formatIssue(issue: DataIssue): string {
  const where = issue.line === undefined ? issue.file : `${issue.file}:${issue.line}`;
  const column = issue.column ? ` [${issue.column}]` : '';
  return `${where}${column} ${issue.message}`;
}
