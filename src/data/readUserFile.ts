/**
 * One file an analyst dropped in, read into what the dataset builder takes: refused outright when it is
 * too large, not text, or of no known kind (with an issue saying so), else decoded and classified by its
 * header as reports, observations, or a source report.
 */
import type { BadLine } from './decodeLines';
import { decodeText, type TextEncodingName } from './decodeText';
import { checkFileSize } from './fileSizeLimit';
import { hashBytes } from './hashBytes';
import type { DataIssue } from './issue';
import { DATA_FILES, OPTIONAL_COLUMNS, SOURCE_FILE } from './schema';

export type UserFileKind = 'reports' | 'observations' | 'source';

/** An analyst's file as it is kept in the browser: decoded text and what it is. */
export interface UserFile {
  name: string;
  kind: UserFileKind;
  text: string;
  encoding: TextEncodingName;
  /** The field separator of a CSV file. */
  delimiter?: ',' | '\t';
  /** Size of the file as loaded, in bytes. */
  size: number;
  /** When it was loaded (milliseconds since 1970). */
  addedAt: number;
  /** Fingerprint of the bytes loaded (`hashBytes`): with the name, what makes two files the same file. */
  hash: string;
  /** The folder path the browser gave with the file (a folder picked or dropped), if any. */
  path?: string;
  /** Lines that could not be read as text: left empty in a CSV file, kept as decoded in a source. */
  badLines?: BadLine[];
}

const PROBLEMS: Record<BadLine['problem'], string> = {
  invalidUtf8: 'is UTF-8 but for an invalid byte',
  neitherEncoding: 'is neither UTF-8 nor GB18030',
  controlCharacter: 'holds a control character',
};

/** The issues of a file's bad lines, under the name the file is shown with. */
export function issuesOfBadLines(file: string, badLines: readonly BadLine[] = []): DataIssue[] {
  return badLines.map(({ line, problem, column, code }) => ({
    file,
    line,
    message: `the line ${PROBLEMS[problem]} (${problem === 'controlCharacter' ? `U+${code} at character` : `0x${code} at byte`} ${column}); it cannot be read`,
    severity: 'error',
    code: 'badLine',
    params: { problem, column, code },
    origin: 'user',
  }));
}

/** The text with the given lines (1-based) left empty, so that every other line keeps its number. */
function emptyLines(text: string, badLines: readonly BadLine[]): string {
  if (badLines.length === 0) return text;
  const lines = text.split('\n');
  for (const { line } of badLines) if (line <= lines.length) lines[line - 1] = '';
  return lines.join('\n');
}

function refuse(name: string, message: string, code: DataIssue['code'], params: DataIssue['params'] = {}): { issues: DataIssue[] } {
  return { issues: [{ file: name, message, severity: 'error', code, params, origin: 'user' }] };
}

/** The separator of a CSV text, read from its header line: tab when it has more tabs than commas. */
export function detectDelimiter(text: string): ',' | '\t' {
  const header = text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n'));
  const count = (char: string) => header.split(char).length - 1;
  return count('\t') > count(',') ? '\t' : ',';
}

/** Which curated file a header belongs to: the file whose required columns it names most (at least two). */
export function classifyHeader(text: string, delimiter: string): keyof typeof DATA_FILES | undefined {
  const firstLine = text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n'));
  const names = new Set(firstLine.split(delimiter).map((name) => name.trim().replace(/^"|"$/g, '').trim()));
  let best: { kind: keyof typeof DATA_FILES; score: number } | undefined;
  for (const kind of Object.keys(DATA_FILES) as (keyof typeof DATA_FILES)[]) {
    const columns = Object.keys(DATA_FILES[kind].schema.shape).filter((column) => !OPTIONAL_COLUMNS.has(column));
    const score = columns.filter((column) => names.has(column)).length;
    if (score >= 2 && (!best || score > best.score)) best = { kind, score };
  }
  return best?.kind;
}

/** Reads one file. Returns the file to keep, or none, and the issues that refuse it. */
export function readUserFile(name: string, bytes: Uint8Array, addedAt = Date.now(), path?: string): { file?: UserFile; issues: DataIssue[] } {
  const tooLarge = checkFileSize(name, bytes.length);
  if (tooLarge) return { issues: [tooLarge] };
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    return decoded.reason === 'binary'
      ? refuse(name, `the file is not text (${decoded.kind}); save it as CSV`, 'binaryFile', { kind: decoded.kind })
      : refuse(name, 'the file is neither UTF-8 nor GB18030 text; save it as CSV UTF-8', 'unknownEncoding');
  }
  if (decoded.text.trim() === '') return refuse(name, 'the file is empty (no header row)', 'emptyFile');
  // One kind of line end from here on: Excel writes CRLF, an edit elsewhere may add bare LF or CR.
  const badLines = decoded.badLines;
  const text = emptyLines(decoded.text.replace(/\r\n?/g, '\n'), badLines);
  const delimiter = detectDelimiter(text);
  const kind = classifyHeader(text, delimiter);
  const base = { name, text, encoding: decoded.encoding, size: bytes.length, addedAt, hash: hashBytes(bytes), ...(path ? { path } : {}), ...(badLines.length > 0 ? { badLines } : {}) };
  if (kind === 'reports' || kind === 'observations') return { file: { ...base, kind, delimiter }, issues: [] };
  if (kind) return refuse(name, `${DATA_FILES[kind].file} files cannot be added; only reports.csv and observations.csv (and source .txt files)`, 'unsupportedFileKind', { kind: DATA_FILES[kind].file });
  if (!/\.txt$/i.test(name)) {
    return refuse(name, 'the header names neither the columns of reports.csv nor those of observations.csv', 'unknownFileKind', {
      reports: Object.keys(DATA_FILES.reports.schema.shape).join(', '),
      observations: Object.keys(DATA_FILES.observations.schema.shape).join(', '),
    });
  }
  if (!SOURCE_FILE.test(name)) return refuse(name, 'a source file name may hold only letters a-z, digits, ".", "_" and "-", so that reports.csv can name it', 'sourceNameInvalid');
  // A source report is kept exactly as decoded: quotes are looked up in it character for character.
  return { file: { ...base, text: decoded.text, kind: 'source' }, issues: [] };
}
