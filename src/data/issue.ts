import { SCHEMA_MESSAGES } from './schema';

/** A problem found in a data file, reported as a value (never thrown) so the screen can show the rest. */
export interface DataIssue {
  /** The file the problem is in, as named in data/ (e.g. `observations.csv`) or as the analyst named it. */
  file: string;
  /** 1-based line of the file; the header is line 1. Absent for problems that concern a whole file. */
  line?: number;
  /** The column concerned, where there is one. */
  column?: string;
  /** A plain sentence saying what is wrong, in English (the command line prints it). */
  message: string;
  /** `error` rejects the row; `finding` is information (e.g. a rate that does not recompute). */
  severity: 'error' | 'finding';
  /** What kind of problem it is, so the interface can say it in its own language with `params`. */
  code?: IssueCode;
  /** The particulars the localized sentence needs (the value read, the id, the suggested id…). */
  params?: IssueParams;
  /** `user` when the problem is in a file the analyst loaded; absent for the curated data. */
  origin?: 'user';
}

export type IssueParams = Record<string, string | number>;

/**
 * Every kind of problem the checks report. Schema codes name the rule a field broke (SCHEMA_MESSAGES, one
 * per rule, and the two below); the others come from the cross-file checks and from reading an
 * analyst's file (size, encoding, kind).
 */
const CODES = [
  // Reading the CSV text.
  'csvSyntax',
  'emptyFile',
  'missingColumns',
  'fieldCount',
  // A field against its schema, besides the rules of SCHEMA_MESSAGES.
  'notOneOf',
  'invalid',
  // Across files.
  'duplicateReport',
  'sourceMissing',
  'duplicateIndicator',
  'unknownReference',
  'unknownFormulaReference',
  'unknownReport',
  'unknownIndicator',
  'duplicateObservation',
  'quoteNotFound',
  'quoteAmbiguous',
  'valueNotInQuote',
  'qualifierContradicts',
  'duplicatePopulation',
  // An analyst's file as a whole.
  'fileTooLarge',
  'binaryFile',
  'unknownEncoding',
  'badLine',
  'unknownFileKind',
  'unsupportedFileKind',
  'sourceNameInvalid',
] as const;

export type IssueCode = (typeof CODES)[number] | keyof typeof SCHEMA_MESSAGES;

export const ISSUE_CODES: readonly IssueCode[] = [...CODES, ...(Object.keys(SCHEMA_MESSAGES) as (keyof typeof SCHEMA_MESSAGES)[])];

/** Formats an issue as `file:line [column] message` for the command line. */
export function formatIssue(issue: DataIssue): string {
  const where = issue.line === undefined ? issue.file : `${issue.file}:${issue.line}`;
  const column = issue.column ? ` [${issue.column}]` : '';
  return `${where}${column} ${issue.message}`;
}
