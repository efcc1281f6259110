/**
 * A streaming reader for well-formed comma-separated text: fed the text in pieces as they arrive (a
 * national observations.csv is 57 MB, read while it downloads), it hands over each record as soon as it
 * is complete, with the line where it starts. It reads exactly as PapaParse does (greedy skipping of
 * blank lines included), and gives up the moment the text is anything else (another delimiter possible,
 * mixed line ends, a stray or unterminated quote): `feed` and `end` then return false, and the caller
 * hands the whole text to PapaParse, which reports the problem in its own words.
 *
 * It can be fed the download's bytes instead (`feedBytes`): plain lines are then offered to the caller as
 * bytes, split at their commas, and decoded only if the caller does not take them (observationReader.ts
 * reads most of a national file that way); the rest is decoded and read as text.
 */

/** Called with each record's fields, the 1-based line where it starts and the offset just after it. */
export type OnRecord = (fields: string[], line: number, end: number) => void;

/**
 * Offered each record of bytes fed with `feedBytes` (a line without quotes): the bytes, where the record
 * starts, where each of its `count` fields ends (at a comma, the last one at the line end) and its line.
 * True when it has read the record; otherwise the record is decoded and goes to OnRecord as text.
 */
export type OnByteRecord = (bytes: Uint8Array, from: number, ends: Int32Array, count: number, line: number) => boolean;

export interface CsvRecordStreamOptions {
  /**
   * Hand over the same array, refilled, for every unquoted record: the callback reads the fields at once
   * and keeps none of them in the array. For the 680,000 rows of a national observations.csv, which are
   * checked and dropped, it spares an array per row.
   */
  reuseFields?: boolean;
}

export interface CsvRecordStream {
  /** Reads a piece of the text; false once the text is not plain comma-separated. */
  feed(piece: string): boolean;
  /**
   * Reads a piece of the text as UTF-8 bytes, exactly as `feed` would read it decoded. Its lines go to the
   * OnByteRecord given, if any, without being decoded, up to one with a quote, a carriage return or another
   * possible delimiter: from there on the piece is decoded and read as text. Not to be mixed with `feed`
   * inside a line.
   */
  feedBytes(bytes: Uint8Array): boolean;
  /** Where records of bytes go first (see OnByteRecord). */
  setByteRecord(onByteRecord: OnByteRecord | undefined): void;
  /** Reads what is left at the end of the text; false if the text was not plain comma-separated. */
  end(): boolean;
  /** The line of the next record when all that was fed is whole records; undefined otherwise. */
  boundary(): number | undefined;
}

const QUOTE = 34;
const COMMA = 44;
const CR = 13;
const LF = 10;
// The delimiters PapaParse guesses among besides the comma.
const OTHER_DELIMITERS = ['\t', '|', ';', '\x1e', '\x1f'];
/** The most fields a record of bytes is offered with; a longer one is read as text. */
const MAX_BYTE_FIELDS = 64;
// What a byte is to the reading of bytes: part of a field (0), a comma, a line feed, or a byte that sends the
// rest of the piece to the text reading (a quote, a carriage return; another possible delimiter when the
// delimiter is being guessed).
const COMMA_BYTE = 1;
const LINE_FEED_BYTE = 2;
const OTHER_BYTE = 3;
const BYTE_KINDS = new Uint8Array(256);
BYTE_KINDS[COMMA] = COMMA_BYTE;
BYTE_KINDS[LF] = LINE_FEED_BYTE;
BYTE_KINDS[QUOTE] = OTHER_BYTE;
BYTE_KINDS[CR] = OTHER_BYTE;
const GUESSING_BYTE_KINDS = BYTE_KINDS.slice();
for (const delimiter of OTHER_DELIMITERS) GUESSING_BYTE_KINDS[delimiter.charCodeAt(0)] = OTHER_BYTE;

function isBlank(fields: string[]): boolean {
  // Nearly every record opens with a printable ASCII character: no need to trim it to know.
  const first = fields[0].charCodeAt(0);
  if (first > 32 && first < 127) return false;
  for (const field of fields) if (field.trim() !== '') return false;
  return true;
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let at = text.indexOf('\n', from); at !== -1 && at < to; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

/**
 * Starts reading; `delimiter` is the caller's choice ('' or undefined: guessed, as PapaParse would, and
 * with no other candidate anywhere in the text the guess can only be the comma).
 */
export function createCsvRecordStream(onRecord: OnRecord, delimiter?: string, options: CsvRecordStreamOptions = {}): CsvRecordStream {
  let failed = delimiter !== undefined && delimiter !== '' && delimiter !== ',';
  const guessing = !delimiter;
  // Line ends: decided by the first one seen; a text with any carriage return must end every line in CRLF.
  let newline: '\n' | '\r\n' | undefined;
  let lastWasCr = false;
  let carry = '';
  let carryOffset = 0;
  let line = 1;
  const reused: string[] | undefined = options.reuseFields ? [] : undefined;
  // Bytes fed after the last line feed, kept for the next piece; decoded as text where it comes to that
  // (the BOM is the caller's to remove, at the start of the file only).
  let byteCarry: Uint8Array | undefined;
  let onByteRecord: OnByteRecord | undefined;
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  const ends = new Int32Array(MAX_BYTE_FIELDS);

  /** Checks a piece's line ends against the ones seen so far. */
  const lineEndsAgree = (piece: string): boolean => {
    if (lastWasCr && piece.length > 0 && piece.charCodeAt(0) !== LF) return false;
    const firstCr = piece.indexOf('\r');
    if (firstCr === -1) {
      // No carriage return: every line feed must be a bare one, and so must the text's line ends.
      if (newline === '\r\n' && piece.includes('\n', lastWasCr ? 1 : 0)) return false;
      if (newline === undefined && piece.includes('\n')) newline = '\n';
      if (piece.length > 0) lastWasCr = false;
      return true;
    }
    if (newline === '\n') return false;
    const firstLf = piece.indexOf('\n');
    if (newline === undefined && firstLf !== -1 && firstLf < firstCr) return false;
    newline = '\r\n';
    // Every carriage return followed by a line feed, and as many line feeds as carriage returns.
    let crs = 0;
    for (let at = firstCr; at !== -1; at = piece.indexOf('\r', at + 1)) {
      if (at + 1 < piece.length && piece.charCodeAt(at + 1) !== LF) return false;
      crs++;
    }
    let lfs = 0;
    for (let at = piece.indexOf('\n'); at !== -1; at = piece.indexOf('\n', at + 1)) lfs++;
    const endsInCr = piece.charCodeAt(piece.length - 1) === CR;
    // A line feed opening the piece answers the previous piece's final carriage return.
    if (lfs !== crs - (endsInCr ? 1 : 0) + (lastWasCr ? 1 : 0)) return false;
    lastWasCr = endsInCr;
    return true;
  };

  /** Reads the complete records of `text`; keeps the unfinished rest for the next piece. */
  const read = (text: string, final: boolean): boolean => {
    const nl = newline ?? '\n';
    let at = 0;
    let nextQuote = text.indexOf('"');
    // The next comma is kept from line to line, as the next quote is: a text with few commas (one column)
    // must not be searched to its end again for every line.
    let nextComma = text.indexOf(',');
    while (at < text.length) {
      let end = text.indexOf(nl, at);
      if (end === -1) {
        if (!final) break;
        end = text.length;
      }
      if (nextQuote !== -1 && nextQuote < at) nextQuote = text.indexOf('"', at);
      if (nextQuote === -1 || nextQuote >= end) {
        // The common case: a line without quotes, read field by field from comma to comma (no string for
        // the line, no array per row when the caller reuses one).
        const fields = reused ?? [];
        let count = 0;
        let from = at;
        if (nextComma !== -1 && nextComma < at) nextComma = text.indexOf(',', at);
        while (nextComma !== -1 && nextComma < end) {
          fields[count++] = text.slice(from, nextComma);
          from = nextComma + 1;
          nextComma = text.indexOf(',', from);
        }
        fields[count++] = text.slice(from, end);
        if (fields.length !== count) fields.length = count;
        const next = Math.min(end + nl.length, text.length);
        if (!isBlank(fields)) onRecord(fields, line, carryOffset + next);
        at = next;
        line++;
        continue;
      }
      // A record with quoted fields, perhaps over several lines: read only once it is complete.
      const startLine = line;
      const fields: string[] = [];
      let cursor = at;
      let lines = 0;
      let complete = false;
      for (;;) {
        if (text.charCodeAt(cursor) === QUOTE) {
          let value = '';
          let from = cursor + 1;
          let close = text.indexOf('"', from);
          while (close !== -1 && text.charCodeAt(close + 1) === QUOTE) {
            value += text.slice(from, close + 1);
            from = close + 2;
            close = text.indexOf('"', from);
          }
          if (close === -1) {
            if (final) return false;
            break;
          }
          // A quote at the very end of a piece may be the first of a doubled pair.
          if (close + 1 === text.length && !final) break;
          value += text.slice(from, close);
          lines += countNewlines(text, cursor, close);
          fields.push(value);
          cursor = close + 1;
        } else {
          const comma = text.indexOf(',', cursor);
          let stop = text.indexOf(nl, cursor);
          if (stop === -1) {
            if (!final && comma === -1) break;
            stop = text.length;
          }
          const fieldEnd = comma !== -1 && comma < stop ? comma : stop;
          const field = text.slice(cursor, fieldEnd);
          if (field.includes('"')) return false;
          fields.push(field);
          cursor = fieldEnd;
        }
        if (cursor >= text.length) {
          if (!final) break;
          complete = true;
          break;
        }
        if (text.charCodeAt(cursor) === COMMA) {
          cursor++;
          continue;
        }
        if (text.startsWith(nl, cursor)) {
          cursor += nl.length;
          lines++;
          complete = true;
          break;
        }
        if (!final && nl === '\r\n' && cursor === text.length - 1 && text.charCodeAt(cursor) === CR) break;
        return false;
      }
      if (!complete) break;
      if (!isBlank(fields)) onRecord(fields, startLine, carryOffset + cursor);
      line = startLine + lines;
      at = cursor;
    }
    carry = text.slice(at);
    carryOffset += at;
    return true;
  };

  /**
   * Reads a piece after what is left of the previous one. The record cut by the piece boundary is read on
   * its own, then the rest of the piece as it is: joining the two whole would copy every piece once more.
   */
  const readPiece = (piece: string): boolean => {
    if (carry === '') return read(piece, false);
    const lineEnd = piece.indexOf('\n');
    if (lineEnd === -1 || lineEnd === piece.length - 1) return read(carry + piece, false);
    if (!read(carry + piece.slice(0, lineEnd + 1), false)) return false;
    // A quoted field may run on over that line end: then the record is read with the rest of the piece.
    return read(carry + piece.slice(lineEnd + 1), false);
  };

  /**
   * Reads whole lines of bytes (the last ending in a line feed) in one pass, each record offered to
   * onByteRecord, else decoded and read as text; stops at a line with a quote, a carriage return or another
   * possible delimiter, and returns where that line starts (the length of `bytes` when all were read).
   */
  const readBytes = (bytes: Uint8Array, byteRecord: OnByteRecord): number => {
    const kinds = guessing ? GUESSING_BYTE_KINDS : BYTE_KINDS;
    let at = 0;
    while (at < bytes.length) {
      let commas = 0;
      let end = at;
      let kind = kinds[bytes[end]];
      while (kind !== LINE_FEED_BYTE) {
        if (kind === OTHER_BYTE) return at;
        if (kind === COMMA_BYTE) {
          if (commas < MAX_BYTE_FIELDS - 1) ends[commas] = end;
          commas++;
        }
        kind = kinds[bytes[++end]];
      }
      if (end > at) {
        // A record whose first byte is printable ASCII is not blank; any other goes the way of text.
        const first = bytes[at];
        const offered = commas < MAX_BYTE_FIELDS - 1 && first > 32 && first < 127;
        if (offered) ends[commas] = end;
        if (!offered || !byteRecord(bytes, at, ends, commas + 1, line)) {
          const fields = decoder.decode(bytes.subarray(at, end)).split(',');
          if (!isBlank(fields)) onRecord(fields, line, end + 1);
        }
      }
      // An empty line is blank: skipped, as PapaParse skips it.
      newline ??= '\n';
      at = end + 1;
      line++;
    }
    return at;
  };

  /** Reads whole lines of bytes: as bytes where they can be, from the first that cannot on as text. */
  const readLines = (lines: Uint8Array): boolean => {
    // After a record left open, or in a text of CRLF line ends, the text reading goes on.
    const read = onByteRecord && carry === '' && !lastWasCr && newline !== '\r\n' ? readBytes(lines, onByteRecord) : 0;
    return read === lines.length || stream.feed(decoder.decode(lines.subarray(read)));
  };

  const stream: CsvRecordStream = {
    setByteRecord(byteRecord) {
      onByteRecord = byteRecord;
    },
    feedBytes(piece) {
      if (failed) return false;
      // Whole lines only; the rest waits for the next piece (a line feed is never inside a UTF-8 character).
      // The line cut by the previous piece is joined on its own: joining the two pieces whole would copy
      // every piece once more.
      let from = 0;
      if (byteCarry) {
        const lineEnd = piece.indexOf(LF);
        const head = lineEnd === -1 ? piece : piece.subarray(0, lineEnd + 1);
        const joined = new Uint8Array(byteCarry.length + head.length);
        joined.set(byteCarry);
        joined.set(head, byteCarry.length);
        byteCarry = undefined;
        if (lineEnd === -1) {
          byteCarry = joined;
          return true;
        }
        if (!readLines(joined)) return false;
        from = lineEnd + 1;
      }
      const last = piece.lastIndexOf(LF);
      if (last < from) {
        if (from < piece.length) byteCarry = piece.slice(from);
        return true;
      }
      if (last + 1 < piece.length) byteCarry = piece.slice(last + 1);
      return readLines(piece.subarray(from, last + 1));
    },
    feed(piece) {
      if (failed) return false;
      if ((guessing && OTHER_DELIMITERS.some((candidate) => piece.includes(candidate))) || !lineEndsAgree(piece)) failed = true;
      else failed = !readPiece(piece);
      return !failed;
    },
    boundary() {
      return failed || carry !== '' || lastWasCr || byteCarry ? undefined : line;
    },
    end() {
      if (failed) return false;
      if (byteCarry) {
        const rest = byteCarry;
        byteCarry = undefined;
        if (!this.feed(decoder.decode(rest))) return false;
      }
      if (lastWasCr && newline === '\r\n') {
        // A text ending in a bare carriage return.
        failed = true;
        return false;
      }
      failed = !read(carry, true);
      carry = '';
      return !failed;
    },
  };
  return stream;
}
