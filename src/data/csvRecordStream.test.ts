import { describe, expect, it } from 'vitest';
import { createCsvRecordStream } from './csvRecordStream';
import { readCsvWithPapa } from './parseCsv';

/** Reads `text` fed in the given pieces; undefined when the reader gives up. */
function readInPieces(pieces: string[]) {
  const records: { fields: string[]; line: number }[] = [];
  const stream = createCsvRecordStream((fields, line) => records.push({ fields, line }));
  for (const piece of pieces) if (!stream.feed(piece)) return undefined;
  return stream.end() ? records : undefined;
}

/** Cuts `text` at the given offsets. */
function cut(text: string, at: number[]): string[] {
  const bounds = [0, ...at.filter((n) => n > 0 && n < text.length).sort((a, b) => a - b), text.length];
  return bounds.slice(1).map((end, i) => text.slice(bounds[i], end));
}

describe('createCsvRecordStream', () => {
  it('reads a text cut anywhere, even inside a doubled quote or between CR and LF, as PapaParse reads it whole', () => {
    const text = 'a,b,c\r\n"x, y","say ""hi""","two\r\nlines"\r\n\r\n5,6,7\r\n,,\r\n8,"",9';
    const expected = readCsvWithPapa(text, 'f.csv').records;
    for (let at = 1; at < text.length; at++) {
      expect(readInPieces(cut(text, [at])), `cut at ${at}`).toEqual(expected);
      expect(readInPieces(cut(text, [at, at + 1, at + 3])), `cut at ${at}, ${at + 1}, ${at + 3}`).toEqual(expected);
    }
    expect(readInPieces([...text])).toEqual(expected);
  });

  it('gives up on mixed line ends, a bare carriage return or another delimiter, wherever they fall', () => {
    for (const text of ['a,b\r\n1,2\n3,4\r\n', 'a,b\n1,2\r\n', 'a,b\r1,2\r', 'a,b\r\n1,2\r', 'a,b\n1,2\n3\t4\n', 'a,b\n"open,2\n']) {
      for (let at = 1; at < text.length; at++) expect(readInPieces(cut(text, [at])), `${JSON.stringify(text)} cut at ${at}`).toBeUndefined();
    }
  });

  it('refills one array for every unquoted record when asked to, with the fields of that record only', () => {
    const text = 'a,b,c\n1,2,3,4\n5\n"q,r",6\n7,8\n';
    const arrays = new Set<string[]>();
    const copies: string[][] = [];
    const stream = createCsvRecordStream(
      (fields) => {
        arrays.add(fields);
        copies.push([...fields]);
      },
      undefined,
      { reuseFields: true },
    );
    stream.feed(text.slice(0, 9));
    stream.feed(text.slice(9));
    stream.end();
    expect(copies).toEqual(readCsvWithPapa(text, 'f.csv').records.map((record) => record.fields));
    // One array for the four unquoted records, a new one for the quoted record.
    expect(arrays.size).toBe(2);
  });

  it('reads a quoted field running over the first line end of the next piece', () => {
    const text = 'a,b\n1,"x\ny\nz"\n2,3\n4,5\n';
    const expected = readCsvWithPapa(text, 'f.csv').records;
    // The second piece opens inside the quoted field, before two of its line ends.
    for (const at of [6, 7, 8, 9, 10]) expect(readInPieces(cut(text, [at])), `cut at ${at}`).toEqual(expected);
    expect(readInPieces(cut(text.replace(/\n/g, '\r\n'), [7, 8, 9]))).toEqual(readCsvWithPapa(text.replace(/\n/g, '\r\n'), 'f.csv').records);
  });

  it('reads lines without commas among lines with them, the next comma several lines on', () => {
    const text = 'a\nx\ny\n1,2\nz\n,\n\nw\n3,"4"\nv\n5,,6';
    const expected = readCsvWithPapa(text, 'f.csv').records;
    for (let at = 1; at < text.length; at++) expect(readInPieces(cut(text, [at])), `cut at ${at}`).toEqual(expected);
  });

  it('tells where each record ends, for progress', () => {
    const ends: number[] = [];
    const stream = createCsvRecordStream((_fields, _line, end) => ends.push(end));
    stream.feed('a,b\n1,');
    stream.feed('2\n3,4');
    stream.end();
    expect(ends).toEqual([4, 8, 11]);
  });

  it('agrees with PapaParse on 1,000 random well-formed files fed in random pieces', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pieces = ['a', '1', ' ', '，', '数', '"q"', '"x,y"', '"l\nm"', '"d""q"', '', ''];
    let read = 0;
    for (let n = 0; n < 1000; n++) {
      const lines = Array.from({ length: 1 + Math.floor(random() * 6) }, () =>
        Array.from({ length: 1 + Math.floor(random() * 4) }, () => pieces[Math.floor(random() * pieces.length)]).join(','),
      );
      const text = lines.join('\n') + (random() < 0.5 ? '\n' : '');
      const written = random() < 0.3 ? text.replace(/\n/g, '\r\n') : text;
      const cuts = Array.from({ length: Math.floor(random() * 4) }, () => Math.floor(random() * written.length));
      const records = readInPieces(cut(written, cuts));
      if (records) {
        read++;
        expect(records, JSON.stringify({ written, cuts })).toEqual(readCsvWithPapa(written, 'f.csv').records);
      }
    }
    expect(read).toBeGreaterThan(950);
  });
});

describe('createCsvRecordStream fed bytes', () => {
  const encoder = new TextEncoder();

  /** Reads `text` fed as UTF-8 bytes cut at the given byte offsets; records the handler took are marked. */
  function readBytesInPieces(text: string, at: number[], take: (fields: string[]) => boolean) {
    const records: { fields: string[]; line: number; bytes?: true }[] = [];
    const stream = createCsvRecordStream((fields, line) => records.push({ fields: [...fields], line }));
    const bytes = encoder.encode(text);
    const decoder = new TextDecoder();
    stream.setByteRecord((chunk, from, ends, count, line) => {
      const fields = Array.from({ length: count }, (_, i) => decoder.decode(chunk.subarray(i === 0 ? from : ends[i - 1] + 1, ends[i])));
      if (!take(fields)) return false;
      records.push({ fields, line, bytes: true });
      return true;
    });
    const bounds = [0, ...at.filter((n) => n > 0 && n < bytes.length).sort((a, b) => a - b), bytes.length];
    for (let i = 1; i < bounds.length; i++) if (!stream.feedBytes(bytes.subarray(bounds[i - 1], bounds[i]))) return undefined;
    return stream.end() ? records : undefined;
  }

  const strip = (records: { fields: string[]; line: number; bytes?: true }[] | undefined) => records?.map(({ fields, line }) => ({ fields, line }));

  it('reads every record as the text reader does, cut at any byte, inside a character or not', () => {
    const text = 'id,值,note\n1,调解3件,\n\n2,约5件,备注\n ,, \n3,"引号,内",x\n4,末行,';
    const expected = readCsvWithPapa(text, 'f.csv').records;
    const length = encoder.encode(text).length;
    for (let at = 1; at < length; at++) {
      for (const take of [() => true, () => false, (fields: string[]) => fields[0] !== '2']) {
        expect(strip(readBytesInPieces(text, [at], take)), `cut at ${at}`).toEqual(expected);
        expect(strip(readBytesInPieces(text, [at, at + 1, at + 5], take)), `cut at ${at}, ${at + 1}, ${at + 5}`).toEqual(expected);
      }
    }
  });

  it('offers only lines without a quote, and never a blank one', () => {
    const records = readBytesInPieces('a,b\n1,2\n\n ,\n5,6\n', [], () => true)!;
    expect(records.filter((record) => record.bytes).map((record) => record.fields)).toEqual([['a', 'b'], ['1', '2'], ['5', '6']]);
    expect(records.map((record) => record.line)).toEqual([1, 2, 5]);
    // From a line with a quote on, the piece is read as text.
    const split = readBytesInPieces('a,b\n1,2\n"3",4\n5,6\n', [8], () => true)!;
    expect(split.filter((record) => record.bytes).map((record) => record.fields)).toEqual([['a', 'b'], ['1', '2']]);
  });

  it('gives up where the text reader gives up: mixed line ends, a bare carriage return, another delimiter', () => {
    for (const text of ['a,b\r\n1,2\n3,4\r\n', 'a,b\n1,2\r\n', 'a,b\r1,2\r', 'a,b\n1,2\n3\t4\n', 'a,b\n"open,2\n']) {
      for (let at = 1; at < text.length; at++) expect(readBytesInPieces(text, [at], () => true), `${JSON.stringify(text)} cut at ${at}`).toBeUndefined();
    }
  });

  it('knows the next line only between whole lines', () => {
    const stream = createCsvRecordStream(() => {});
    stream.setByteRecord(() => true);
    stream.feedBytes(encoder.encode('a,b\n1,'));
    expect(stream.boundary()).toBeUndefined();
    stream.feedBytes(encoder.encode('2\n'));
    expect(stream.boundary()).toBe(3);
  });
});
