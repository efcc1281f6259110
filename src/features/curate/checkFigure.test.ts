import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../data/paragraphs';
import { checkFigure, figureFromSelection } from './checkFigure';
import { TEST_TEXT } from './testExtraction';

const paragraphs = splitParagraphs(TEST_TEXT);
const codes = (quote: string, value: number, qualifier: 'exact' | 'approx' | 'at_least' | 'at_most' = 'exact') => checkFigure(paragraphs, { quote, value, qualifier }).map((issue) => issue.code);

describe('checkFigure', () => {
  it.each([
    ['调解纠纷1200件', 1200, 'exact', []],
    ['调解成功率97.5%', 97.5, 'exact', []],
    ['涉及金额约860万元', 860, 'approx', []],
    ['调解纠纷1300件', 1300, 'exact', ['quoteNotFound']],
    ['件', 1200, 'exact', ['quoteAmbiguous']],
    ['31件。\n二、人民调解', 31, 'exact', ['quoteNotFound']],
    ['调解纠纷1200件', 120, 'exact', ['valueNotInQuote']],
    ['涉及金额约860万元', 860, 'exact', ['qualifierContradicts']],
    ['  ', 1, 'exact', ['empty']],
  ] as const)('holds %j with value %d (%s) to %j', (quote, value, qualifier, expected) => {
    expect(codes(quote, value, qualifier)).toEqual(expected);
  });
});

describe('figureFromSelection', () => {
  it('reads the quote, first number and hedge of a selection, trimmed of white space', () => {
    const start = TEST_TEXT.indexOf('涉及金额') - 1;
    const figure = figureFromSelection(TEST_TEXT, start, start + '，涉及金额约860万元'.length);
    expect(figure).toEqual({ quote: '，涉及金额约860万元', value: 860, qualifier: 'approx', start, end: start + 11 });
    const spaced = '全区  调解纠纷1200件 \n';
    expect(figureFromSelection(spaced, 2, spaced.length)).toMatchObject({ quote: '调解纠纷1200件', start: 4, end: 13 });
  });

  it('reads a number before 万元 in that unit, and 1.2万 before another unit as a whole number', () => {
    const text = '涉及金额1.2万元，调处1.2万件';
    expect(figureFromSelection(text, 0, 9)?.value).toBe(1.2);
    expect(figureFromSelection(text, 10, text.length)?.value).toBe(12000);
  });

  it('gives nothing for a selection without a number', () => {
    expect(figureFromSelection(TEST_TEXT, 0, 6)).toBeUndefined();
  });
});
