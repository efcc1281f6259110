import { describe, it, expect } from 'vitest';
import { countOccurrences, locateQuote, splitParagraphs } from './paragraphs';

const SOURCE = '年度报告\n\n一、行政复议。收到申请20件。\n   \n二、调解。调解纠纷1653件，调解成功1633件。\n';

describe('splitParagraphs', () => {
  it('makes each non-empty line a paragraph, numbered in order, with its 1-based file line', () => {
    expect(splitParagraphs(SOURCE)).toEqual([
      { index: 0, line: 1, text: '年度报告' },
      { index: 1, line: 3, text: '一、行政复议。收到申请20件。' },
      { index: 2, line: 5, text: '二、调解。调解纠纷1653件，调解成功1633件。' },
    ]);
  });

  it('gives the same paragraphs for CRLF line ends, without a trailing carriage return', () => {
    const crlf = splitParagraphs(SOURCE.replace(/\n/g, '\r\n'));
    expect(crlf).toEqual(splitParagraphs(SOURCE));
    expect(crlf.some((paragraph) => paragraph.text.includes('\r'))).toBe(false);
  });

  it('gives the same paragraphs for lone CR line ends, and for CR, LF and CRLF mixed', () => {
    expect(splitParagraphs(SOURCE.replace(/\n/g, '\r'))).toEqual(splitParagraphs(SOURCE));
    const lines = SOURCE.split('\n');
    const mixed = lines.map((line, i) => line + ['\r', '\n', '\r\n'][i % 3]).join('');
    expect(splitParagraphs(mixed).map((paragraph) => paragraph.text)).toEqual(splitParagraphs(SOURCE).map((paragraph) => paragraph.text));
  });

  it('returns no paragraph for blank text', () => {
    expect(splitParagraphs('\n  \r\n')).toEqual([]);
  });
});

describe('countOccurrences', () => {
  it.each([
    ['调解纠纷，调解成功', '调解', 2],
    ['aaa', 'aa', 2],
    ['收到申请20件', '21件', 0],
    ['收到申请20件', '', 0],
  ])('counts %j in %j as %d', (text, quote, expected) => {
    expect(countOccurrences(text, quote)).toBe(expected);
  });
});

describe('locateQuote', () => {
  const paragraphs = splitParagraphs(SOURCE);

  it('finds a unique quote with its paragraph index and offsets inside that paragraph', () => {
    const location = locateQuote(paragraphs, '调解成功1633件');
    // 二、调解。调解纠纷1653件， is 15 characters; the quote is 9.
    expect(location).toEqual({ paragraphIndex: 2, start: 15, end: 24 });
    expect(paragraphs[2].text.slice(location!.start, location!.end)).toBe('调解成功1633件');
  });

  it('finds a quote at the start of a paragraph at offset 0', () => {
    expect(locateQuote(paragraphs, '一、行政复议')).toEqual({ paragraphIndex: 1, start: 0, end: 6 });
  });

  it('returns undefined for an absent quote', () => {
    expect(locateQuote(paragraphs, '收到申请21件')).toBeUndefined();
  });

  it('returns undefined for a quote occurring twice in one paragraph', () => {
    expect(locateQuote(paragraphs, '件，调解')).not.toBeUndefined();
    expect(locateQuote(paragraphs, '调解')).toBeUndefined();
  });

  it('returns undefined for a quote occurring once in each of two paragraphs', () => {
    const twice = splitParagraphs('甲：收到申请20件。\n乙：收到申请20件。');
    expect(locateQuote(twice, '收到申请20件')).toBeUndefined();
    expect(locateQuote(twice, '乙：收到申请20件')).toEqual({ paragraphIndex: 1, start: 0, end: 9 });
  });

  it('returns undefined for a quote that runs across two paragraphs', () => {
    expect(locateQuote(paragraphs, '20件。一、')).toBeUndefined();
    expect(locateQuote(paragraphs, '20件。\n二、调解')).toBeUndefined();
  });
});
