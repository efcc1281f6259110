/**
 * Decoding line by line, for bytes that are not valid UTF-8 as a whole: a stray byte costs its line, not
 * the file. Each line (up to and with its line feed) is read as UTF-8 when it is; else as GB18030 when
 * it reads as Chinese text does there; else it is a bad line, reported by number with the byte that
 * broke it, and decoded with U+FFFD in place of the bytes that cannot be read.
 */

/** What is wrong with a line. */
export type LineProblem = 'invalidUtf8' | 'neitherEncoding' | 'controlCharacter';

/** A line that could not be read as text: 1-based line, 1-based column (byte for encodings, character for control characters). */
export interface BadLine {
  line: number;
  problem: LineProblem;
  column: number;
  /** The byte (encodings) or the character code (control characters) found there, as hex. */
  code: string;
}

export interface DecodedLines {
  text: string;
  /** Lines read as UTF-8 holding more than ASCII, and lines read as GB18030. */
  utf8Lines: number;
  gbLines: number;
  badLines: BadLine[];
}

const utf8Fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf8Lenient = new TextDecoder('utf-8', { ignoreBOM: true });
const gbFatal = new TextDecoder('gb18030', { fatal: true });

const hex = (value: number) => value.toString(16).toUpperCase().padStart(2, '0');

/** The first byte of `line` that does not begin or continue a valid UTF-8 sequence, 0-based. */
function firstInvalidUtf8(line: Uint8Array): number {
  for (let i = 0; i < line.length; ) {
    const byte = line[i];
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) if (i + k >= line.length || (line[i + k] & 0xc0) !== 0x80) return i;
    if (length > 1 && utf8Lenient.decode(line.subarray(i, i + length)).includes('\uFFFD')) return i;
    i += length;
  }
  return 0;
}

/**
 * Whether a line that is not UTF-8 reads as GB18030 text: it decodes, and its two-byte characters are
 * mostly of the common Chinese range (both bytes 0xA1 or above). A Latin-1 letter before an ASCII one
 * ("é" in "café,") decodes too, as a rare character: it is not taken for Chinese.
 */
function readsAsGb(line: Uint8Array): string | undefined {
  let common = 0;
  let other = 0;
  for (let i = 0; i < line.length; i++) {
    if (line[i] < 0x80) continue;
    if (i + 1 < line.length && line[i] >= 0xa1 && line[i + 1] >= 0xa1) common++;
    else other++;
    i++;
  }
  return common === 0 || other > common ? undefined : tryDecode(gbFatal, line);
}

/** The text of `bytes`, or undefined where a fatal decoder finds bytes it cannot read. */
export function tryDecode(decoder: TextDecoder, bytes: Uint8Array): string | undefined {
  try {
    return decoder.decode(bytes);
  } catch {
    return undefined;
  }
}

/** Decodes `bytes` line by line (see the module comment). */
export function decodeLines(bytes: Uint8Array): DecodedLines {
  const parts: string[] = [];
  const badLines: BadLine[] = [];
  let utf8Lines = 0;
  let gbLines = 0;
  for (let start = 0, line = 1; start < bytes.length; line++) {
    const feed = bytes.indexOf(0x0a, start);
    const lineBytes = bytes.subarray(start, feed === -1 ? bytes.length : feed + 1);
    start += lineBytes.length;
    const utf8 = tryDecode(utf8Fatal, lineBytes);
    if (utf8 !== undefined) {
      if (/[^\p{ASCII}]/u.test(utf8)) utf8Lines++;
      parts.push(utf8);
      continue;
    }
    const lenient = utf8Lenient.decode(lineBytes);
    // Characters read, and bytes that could not be (U+FFFD), counted in UTF-16 code units.
    const invalid = lenient.match(/\uFFFD/g)?.length ?? 0;
    const valid = lenient.match(/[\u0080-\uFFFC\uFFFE\uFFFF]/g)?.length ?? 0;
    // A line mostly of UTF-8 characters is UTF-8 with a bad byte; else it may be GB18030.
    const gb = valid > invalid ? undefined : readsAsGb(lineBytes);
    if (gb !== undefined) gbLines++;
    else {
      const at = firstInvalidUtf8(lineBytes);
      badLines.push({ line, problem: valid > invalid ? 'invalidUtf8' : 'neitherEncoding', column: at + 1, code: hex(lineBytes[at]) });
    }
    parts.push(gb ?? lenient);
  }
  return { text: parts.join(''), utf8Lines, gbLines, badLines };
}

/** Control characters other than tab, line feed, form feed and carriage return never occur in text. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g;

/** The lines of `text` holding a control character, each with the first one's column and code. */
export function findControlLines(text: string): BadLine[] {
  const found: BadLine[] = [];
  let line = 1;
  let lineStart = 0;
  let scanned = 0;
  for (const match of text.matchAll(CONTROL)) {
    // Count the line feeds between the last match and this one.
    for (let at = text.indexOf('\n', scanned); at !== -1 && at < match.index; at = text.indexOf('\n', at + 1)) {
      line++;
      lineStart = at + 1;
    }
    scanned = match.index;
    if (found.at(-1)?.line !== line) found.push({ line, problem: 'controlCharacter', column: match.index - lineStart + 1, code: hex(match[0].charCodeAt(0)).padStart(4, '0') });
  }
  return found;
}
