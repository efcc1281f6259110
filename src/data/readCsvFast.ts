/**
 * A fast reader for well-formed comma-separated text, for the national dataset's 680,000 rows: it gives
 * exactly the records PapaParse gives (greedy skipping of blank lines included) with their starting lines,
 * or undefined whenever the text is anything else (another delimiter possible, mixed line ends, a stray or
 * unterminated quote), so PapaParse reads it and reports the problem in its own words.
 */

/** One record of a CSV file as written: its fields and the 1-based line where it starts. */
export interface FastRecord {
  fields: string[];
  line: number;
}

const QUOTE = 34;
const COMMA = 44;
const PROGRESS_EVERY = 2000;
// The delimiters PapaParse guesses among besides the comma.
const OTHER_DELIMITERS = ['\t', '|', ';', '\x1e', '\x1f'];

/** Whether every line ends in CRLF (no bare CR, no bare LF). */
function consistentCrlf(text: string): boolean {
  let crs = 0;
  for (let at = text.indexOf('\r'); at !== -1; at = text.indexOf('\r', at + 1)) {
    if (text.charCodeAt(at + 1) !== 10) return false;
    crs++;
  }
  let lfs = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lfs++;
  return crs === lfs;
}

function isBlank(fields: string[]): boolean {
  for (const field of fields) if (field.trim() !== '') return false;
  return true;
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let at = text.indexOf('\n', from); at !== -1 && at < to; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

/**
 * Reads `body` (no byte-order mark) when it is plainly comma-separated; `delimiter` is the caller's choice
 * ('' or undefined: guessed, as PapaParse would). Returns undefined to hand the text to PapaParse.
 */
export function readCsvFast(body: string, delimiter?: string, onProgress?: (fraction: number) => void): FastRecord[] | undefined {
  if (delimiter && delimiter !== ',') return undefined;
  // With no other candidate anywhere in the text, PapaParse's guess can only be the comma.
  if (!delimiter && OTHER_DELIMITERS.some((candidate) => body.includes(candidate))) return undefined;
  const crlf = body.includes('\r');
  if (crlf && !consistentCrlf(body)) return undefined;
  const newline = crlf ? '\r\n' : '\n';
  const records: FastRecord[] = [];
  let line = 1;
  let at = 0;
  let nextQuote = body.indexOf('"');
  const push = (fields: string[], startLine: number) => {
    if (!isBlank(fields)) records.push({ fields, line: startLine });
    if (onProgress && records.length % PROGRESS_EVERY === 0) onProgress(at / body.length);
  };
  while (at < body.length) {
    let end = body.indexOf(newline, at);
    if (end === -1) end = body.length;
    if (nextQuote !== -1 && nextQuote < at) nextQuote = body.indexOf('"', at);
    if (nextQuote === -1 || nextQuote >= end) {
      // The common case: a line without quotes is split on commas.
      push(body.slice(at, end).split(','), line);
      at = end + newline.length;
      line++;
      continue;
    }
    const startLine = line;
    const fields: string[] = [];
    for (;;) {
      if (body.charCodeAt(at) === QUOTE) {
        let value = '';
        let from = at + 1;
        let close = body.indexOf('"', from);
        while (close !== -1 && body.charCodeAt(close + 1) === QUOTE) {
          value += body.slice(from, close + 1);
          from = close + 2;
          close = body.indexOf('"', from);
        }
        if (close === -1) return undefined;
        value += body.slice(from, close);
        line += countNewlines(body, at, close);
        fields.push(value);
        at = close + 1;
      } else {
        const comma = body.indexOf(',', at);
        let stop = body.indexOf(newline, at);
        if (stop === -1) stop = body.length;
        const fieldEnd = comma !== -1 && comma < stop ? comma : stop;
        const field = body.slice(at, fieldEnd);
        if (field.includes('"')) return undefined;
        fields.push(field);
        at = fieldEnd;
      }
      if (at >= body.length) break;
      if (body.charCodeAt(at) === COMMA) {
        at++;
        continue;
      }
      if (body.startsWith(newline, at)) {
        at += newline.length;
        line++;
        break;
      }
      return undefined;
    }
    push(fields, startLine);
  }
  onProgress?.(1);
  return records;
}
