import { describe, expect, it } from 'vitest';
import { checkFileSize, MAX_FILE_BYTES } from './fileSizeLimit';
import { hashBytes } from './hashBytes';
import { classifyHeader, detectDelimiter, readUserFile } from './readUserFile';

const bytes = (text: string) => new TextEncoder().encode(text);
const OBSERVATIONS = 'report_id,indicator_id,value,qualifier,quote,note\n';

describe('detectDelimiter', () => {
  it.each([
    ['a,b,c\n1\t2', ','],
    ['a\tb\tc\n1,2,3,4', '\t'],
    ['"a, b"\tc\td\n', '\t'],
    ['single', ','],
  ])('reads %j as separated by %j', (text, expected) => {
    expect(detectDelimiter(text)).toBe(expected);
  });
});

describe('classifyHeader', () => {
  it('tells the four files apart by their columns, quoted or spaced', () => {
    expect(classifyHeader(OBSERVATIONS, ',')).toBe('observations');
    expect(classifyHeader('"report_id" , source_file,admin_code\n', ',')).toBe('reports');
    expect(classifyHeader('indicator_id\tdomain\tname_zh\n', '\t')).toBe('indicators');
    expect(classifyHeader('admin_code,population,reference_date\n', ',')).toBe('population');
  });

  it('still recognises observations with a column missing, so the missing column can be named', () => {
    expect(classifyHeader('report_id,indicator,value,quote\n', ',')).toBe('observations');
  });

  it('recognises nothing in a header naming one known column or none', () => {
    expect(classifyHeader('report_id,colour\n', ',')).toBeUndefined();
    expect(classifyHeader('name,age\n', ',')).toBeUndefined();
  });
});

describe('readUserFile', () => {
  it('keeps a CSV file with its kind, encoding, separator and size, line ends made LF', () => {
    const loaded = bytes(`${OBSERVATIONS}a\r\nb\rc\n`);
    const { file, issues } = readUserFile('obs.csv', loaded, 7);
    expect(issues).toEqual([]);
    expect(file).toEqual({ name: 'obs.csv', kind: 'observations', text: `${OBSERVATIONS}a\nb\nc\n`, encoding: 'utf-8', delimiter: ',', size: 57, addedAt: 7, hash: hashBytes(loaded) });
  });

  it('keeps the folder path the browser gave, to tell same-named files apart', () => {
    expect(readUserFile('obs.csv', bytes(`${OBSERVATIONS}a\n`), 7, 'huadu/obs.csv').file?.path).toBe('huadu/obs.csv');
  });

  it('keeps a source report exactly as decoded, line ends included', () => {
    const { file } = readUserFile('2021-a-b-c.txt', bytes('标题\r\n正文。\r\n'), 1);
    expect(file).toMatchObject({ kind: 'source', text: '标题\r\n正文。\r\n' });
  });

  it('refuses a file over the limit and accepts one at it', () => {
    expect(checkFileSize('a.csv', MAX_FILE_BYTES)).toBeUndefined();
    expect(checkFileSize('a.csv', MAX_FILE_BYTES + 1)).toMatchObject({ file: 'a.csv', code: 'fileTooLarge', origin: 'user', severity: 'error' });
  });

  it('refuses an empty file and a blank one', () => {
    expect(readUserFile('a.csv', new Uint8Array()).issues.map((issue) => issue.code)).toEqual(['emptyFile']);
    expect(readUserFile('a.csv', bytes('\uFEFF\r\n  \r\n')).issues.map((issue) => issue.code)).toEqual(['emptyFile']);
  });
});
