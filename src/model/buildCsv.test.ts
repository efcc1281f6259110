import { describe, it, expect } from 'vitest';
import { BOM, buildCsv, formatCsvCell, neutraliseText } from './buildCsv';

describe('neutraliseText', () => {
  it.each([
    ['=HYPERLINK("http://x")', `'=HYPERLINK("http://x")`],
    ['+1+2', `'+1+2`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\t=1', `'\t=1`],
    ['\r=1', `'\r=1`],
  ])('prefixes an apostrophe to %j, which a spreadsheet would read as a formula', (text, expected) => {
    expect(neutraliseText(text)).toBe(expected);
  });

  it.each(['调解纠纷2291件', 'a=b', '98.79%', '', ' =1'])('leaves %j alone', (text) => {
    expect(neutraliseText(text)).toBe(text);
  });
});

describe('formatCsvCell', () => {
  it('writes numbers as numbers, negative ones included, never neutralised', () => {
    expect(formatCsvCell(-37.5)).toBe('-37.5');
    expect(formatCsvCell(98.79)).toBe('98.79');
    expect(formatCsvCell(0)).toBe('0');
  });

  it('writes a number that is not finite as an empty cell', () => {
    expect(formatCsvCell(Number.NaN)).toBe('');
  });

  it('quotes text with a comma, a quote or a line break, doubling the quotes', () => {
    expect(formatCsvCell('共调解纠纷2291件，成功率98.79%')).toBe('共调解纠纷2291件，成功率98.79%');
    expect(formatCsvCell('a,b')).toBe('"a,b"');
    expect(formatCsvCell('他说"好"')).toBe('"他说""好"""');
    expect(formatCsvCell('一行\n二行')).toBe('"一行\n二行"');
  });

  it('neutralises before quoting, so the apostrophe sits inside the quotes', () => {
    expect(formatCsvCell('=1,2')).toBe(`"'=1,2"`);
    expect(formatCsvCell('-同比减少,37.5%')).toBe(`"'-同比减少,37.5%"`);
  });
});

describe('buildCsv', () => {
  it('starts with the UTF-8 byte-order mark and separates lines with CRLF', () => {
    const csv = buildCsv(['区县', '数值'], [['武江区', 2291], ['兴义市', -37.5]]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv).toBe(`${BOM}区县,数值\r\n武江区,2291\r\n兴义市,-37.5\r\n`);
  });

  it('writes only the header when there are no rows', () => {
    expect(buildCsv(['a', 'b'], [])).toBe(`${BOM}a,b\r\n`);
  });

  it('neutralises header cells too', () => {
    expect(buildCsv(['=a'], [])).toBe(`${BOM}'=a\r\n`);
  });
});
