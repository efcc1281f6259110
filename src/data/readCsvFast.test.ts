import { describe, expect, it } from 'vitest';
import { readCsvWithPapa } from './parseCsv';
import { readCsvFast } from './readCsvFast';

/** What PapaParse reads, as records with their starting lines. */
function papa(text: string) {
  return readCsvWithPapa(text, 'test.csv').records;
}

describe('readCsvFast', () => {
  it.each([
    ['plain rows', 'a,b,c\n1,2,3\n4,5,6\n'],
    ['no final line end', 'a,b\n1,2'],
    ['blank and comma-only lines skipped, lines still counted', 'a,b\n\n1,2\n  \n,,\n3,4\n'],
    ['quoted fields with commas, doubled quotes and line breaks', 'a,b,c\n"x, y","say ""hi""","two\nlines"\n5,6,7\n'],
    ['an empty quoted field and a quoted field at the end of the text', 'a,b\n"",x\ny,"z"'],
    ['CRLF line ends, one inside a quoted field', 'a,b\r\n1,"p\r\nq"\r\n3,4\r\n'],
    ['a trailing comma', 'a,b,\n1,2,\n'],
    ['Chinese text with full-width punctuation', 'report_id,quote\n2020-x,收到申请20件，受理18件；\n'],
    ['only a header', 'a,b\n'],
    ['nothing', ''],
  ])('reads %s exactly as PapaParse does', (_name, text) => {
    expect(readCsvFast(text)).toEqual(papa(text));
  });

  it.each([
    ['a quote inside an unquoted field', 'a,b\nx"y,2\n'],
    ['an unterminated quote', 'a,b\n"open,2\n'],
    ['text after a closing quote', 'a,b\n"x"y,2\n'],
    ['a tab that PapaParse might take for the delimiter', 'a\tb\n1\t2\n'],
    ['a semicolon', 'a;b\n1;2\n'],
    ['mixed line ends', 'a,b\r\n1,2\n3,4\r\n'],
    ['bare carriage returns', 'a,b\r1,2\r'],
  ])('leaves %s to PapaParse', (_name, text) => {
    expect(readCsvFast(text)).toBeUndefined();
  });

  it('leaves any delimiter but the comma to PapaParse, and takes the comma when asked for it', () => {
    expect(readCsvFast('a,b\n1,2\n', '\t')).toBeUndefined();
    expect(readCsvFast('a,b;c\n1,2;3\n', ',')).toEqual(papa('a,b;c\n1,2;3\n'));
  });

  it('agrees with PapaParse on 2,000 random well-formed files', () => {
    let seed = 11;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pieces = ['a', '1', ' ', '，', '数', '"q"', '"x,y"', '"l\nm"', '"d""q"', '', ''];
    let readFast = 0;
    for (let n = 0; n < 2000; n++) {
      const crlf = random() < 0.3;
      const lines = Array.from({ length: 1 + Math.floor(random() * 6) }, () =>
        Array.from({ length: 1 + Math.floor(random() * 4) }, () => pieces[Math.floor(random() * pieces.length)]).join(','),
      );
      const text = lines.join('\n') + (random() < 0.5 ? '\n' : '');
      const written = crlf ? text.replace(/\n/g, '\r\n') : text;
      const fast = readCsvFast(written);
      if (fast) {
        readFast++;
        expect(fast, JSON.stringify(written)).toEqual(papa(written));
      }
    }
    // Every generated file is well formed, so the fast reader must have taken (nearly) all of them.
    expect(readFast).toBeGreaterThan(1900);
  });
});
