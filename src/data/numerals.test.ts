import { describe, it, expect } from 'vitest';
import { findNumbers, findValueInQuote, hedgeAround, parseChineseNumeral, sameFigure } from './numerals';
import type { Qualifier } from './schema';

describe('parseChineseNumeral', () => {
  it.each([
    ['零', 0],
    ['一', 1],
    ['两', 2],
    ['三', 3],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['三十五', 35],
    ['百', 100],
    ['一百零八', 108],
    ['千', 1000],
    ['两千零五', 2005],
    ['万', 10000],
    ['一万二千', 12000],
    ['十万', 100000],
    ['一亿三千万', 130000000],
    ['叁佰', 300],
    ['二〇二〇', 2020],
    ['二零二一', 2021],
  ])('reads %s as %d', (numeral, expected) => {
    expect(parseChineseNumeral(numeral)).toBe(expected);
  });

  it.each(['', 'abc', '三个', '3'])('returns NaN for %j, which is not a Chinese numeral', (text) => {
    expect(parseChineseNumeral(text)).toBeNaN();
  });
});

describe('findNumbers', () => {
  it.each([
    ['收到行政复议申请20件', 20, 8, 10, 0],
    ['调解成功率98.79%', 98.79, 5, 10, 2],
    ['涉及金额2309.16万元', 23091600, 4, 12, 2],
    ['覆盖群众1.2万人次', 12000, 4, 8, 1],
    ['共1,234件', 1234, 1, 6, 0],
    ['共１２３件', 123, 1, 4, 0],
    ['投资3亿元', 300000000, 2, 4, 0],
    ['组织两期培训', 2, 2, 3, 0],
    ['聘请法律顾问近百名', 100, 7, 8, 0],
    ['覆盖近万人', 10000, 3, 4, 0],
  ])('finds in %s the single number %d at [%d, %d) with %d decimals', (text, value, start, end, decimals) => {
    const found = findNumbers(text);
    expect(found).toHaveLength(1);
    expect(found[0].value).toBeCloseTo(value, 6);
    expect(found[0]).toMatchObject({ start, end, decimals });
  });

  it('lists several numbers in the order they are written, Arabic and Chinese mixed', () => {
    expect(findNumbers('组织两期培训，约300人次，受理18件').map((n) => n.value)).toEqual([2, 300, 18]);
  });

  it('reads the 万 of an Arabic number as its multiplier, not as a number of its own', () => {
    expect(findNumbers('3万余人').map((n) => n.value)).toEqual([30000]);
  });

  it('reads a year written in Chinese digits as the year, not as zero', () => {
    expect(findNumbers('二〇二〇年').map((n) => n.value)).toEqual([2020]);
  });

  it('finds nothing in text without figures', () => {
    expect(findNumbers('全面推进法治政府建设')).toEqual([]);
  });
});

describe('sameFigure and findValueInQuote', () => {
  it('matches a value to the figure that carries it, with or without the 万 multiplier or the sign', () => {
    const [written] = findNumbers('1.2万');
    expect(sameFigure(written, 12000)).toBe(true);
    expect(sameFigure(written, 1.2)).toBe(true);
    expect(sameFigure(written, 1200)).toBe(false);
    expect(sameFigure(findNumbers('下降11.9%')[0], -11.9)).toBe(true);
  });

  it('returns the written number carrying the value, or undefined when the quote does not show it', () => {
    expect(findValueInQuote('受理18件，不予受理2件', 2)).toMatchObject({ value: 2, start: 10, end: 11 });
    expect(findValueInQuote('受理18件，不予受理2件', 20)).toBeUndefined();
    expect(findValueInQuote('全年未发生败诉案件', 0)).toBeUndefined();
    expect(findValueInQuote('败诉案件0件', 0)).toMatchObject({ value: 0 });
    expect(findValueInQuote('败诉案件为零', 0)).toMatchObject({ value: 0 });
  });
});

describe('hedgeAround', () => {
  /** The qualifier read around the number `value` written in `text`. */
  function hedgeOf(text: string, value: number): Qualifier {
    const written = findNumbers(text).find((n) => n.value === value);
    if (!written) throw new Error(`${value} not found in ${text}`);
    return hedgeAround(text, written);
  }

  it.each<[string, number, Qualifier]>([
    ['约300人次', 300, 'approx'],
    ['大约50人', 50, 'approx'],
    ['300人左右', 300, 'approx'],
    ['2800余件', 2800, 'at_least'],
    ['20多件', 20, 'at_least'],
    ['2000件以上', 2000, 'at_least'],
    ['满意率95%以上', 95, 'at_least'],
    ['超过500人', 500, 'at_least'],
    ['逾千人', 1000, 'at_least'],
    ['近百名', 100, 'at_most'],
    ['将近200户', 200, 'at_most'],
    ['不足10%', 10, 'at_most'],
    ['不到5%', 5, 'at_most'],
    ['不超过3天', 3, 'at_most'],
    ['15日以内', 15, 'at_most'],
    ['1个工作日内办结', 1, 'at_most'],
    ['3天内', 3, 'at_most'],
    ['收到申请20件', 20, 'exact'],
    ['受理18件，不予受理2件', 18, 'exact'],
    ['调解成功率98.79%', 98.79, 'exact'],
  ])('reads %s as %s about %d', (text, value, expected) => {
    expect(hedgeOf(text, value)).toBe(expected);
  });

  it('reads only the hedge next to its own number', () => {
    const text = '约300人次，受理18件';
    expect(hedgeOf(text, 300)).toBe('approx');
    expect(hedgeOf(text, 18)).toBe('exact');
  });
});

describe('findNumbers and the full-width comma', () => {
  it('reads 3，500 as two numbers, since ， separates items in Chinese prose', () => {
    expect(findNumbers('3，500').map((n) => n.value)).toEqual([3, 500]);
  });

  it('reads 3,500 with a half-width comma as one number', () => {
    expect(findNumbers('3,500').map((n) => n.value)).toEqual([3500]);
  });
});

describe('findNumbers on separators, units and full-width digits', () => {
  it.each<[string, number[][]]>([
    ['收到行政复议申请1,234件', [[1234, 8, 13, 0]]],
    ['1,2345件', [[1234, 0, 5, 0], [5, 5, 6, 0]]],
    ['1,23件', [[1, 0, 1, 0], [23, 2, 4, 0]]],
    ['12 件', [[12, 0, 3, 0]]],
    ['12\u3000万元', [[120000, 0, 4, 0]]],
    ['3万二千', [[30000, 0, 2, 0]]],
    ['３．５万人', [[35000, 0, 4, 1]]],
    ['１２３件', [[123, 0, 3, 0]]],
    ['共3.5亿元', [[350000000, 1, 5, 1]]],
    ['2.件', [[2, 0, 1, 0]]],
    ['.5件', [[5, 1, 2, 0]]],
    ['两期三批次', [[2, 0, 1, 0], [3, 2, 3, 0]]],
    ['1.2.3', [[1.2, 0, 3, 1], [3, 4, 5, 0]]],
    ['12,345.67万元', [[123456700, 0, 10, 2]]],
    ['一是完成2020年度任务', [[1, 0, 1, 0], [2020, 4, 8, 0]]],
    ['十二,345', [[12, 0, 2, 0], [345, 3, 6, 0]]],
    ['约1200余件', [[1200, 1, 5, 0]]],
    ['5 万 元', [[50000, 0, 3, 0]]],
    ['', []],
    ['万', [[10000, 0, 1, 0]]],
    ['3万万', [[30000, 0, 2, 0]]],
    ['0.50%', [[0.5, 0, 4, 2]]],
    ['１,２３４', [[1, 0, 1, 0], [234, 2, 5, 0]]],
    ['1,234,567', [[1234567, 0, 9, 0]]],
    ['二〇二〇年1,000件', [[2020, 0, 4, 0], [1000, 5, 10, 0]]],
    // Whole numbers past 15 digits are read from their digits as text, as Number() reads them.
    ['123456789012345件', [[123456789012345, 0, 15, 0]]],
    ['1234567890123456件', [[1234567890123456, 0, 16, 0]]],
    ['9007199254740993件', [[9007199254740992, 0, 16, 0]]],
    ['12345678901234567890万', [[1.2345678901234567e23, 0, 21, 0]]],
    ['000000000000000012', [[12, 0, 18, 0]]],
  ])('%j reads as [value, start, end, decimals] %j', (text, expected) => {
    expect(findNumbers(text).map((n) => [n.value, n.start, n.end, n.decimals])).toEqual(expected);
  });
});
