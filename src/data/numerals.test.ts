import { describe, it, expect } from 'vitest';
import { AFTER_AT_ONCE, BEFORE, findNumbers, findValueInQuote, hedgeAround, parseChineseNumeral, sameFigure } from './numerals';
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

/** hedgeAround as it was first written, on slices of the text: the faster one must read exactly the same. */
function hedgeBySlices(text: string, written: { start: number; end: number }): Qualifier {
  const before = text.slice(Math.max(0, written.start - 3), written.start);
  // The same words and patterns, read the former way: three characters sliced off before, eight after.
  for (const [word, qualifier] of BEFORE) if (before.endsWith(word)) return qualifier;
  const after = text.slice(written.end, written.end + 8);
  for (const [pattern, qualifier] of AFTER_AT_ONCE) if (pattern.test(after)) return qualifier;
  return 'exact';
}

describe('hedgeAround reads what the slices of the text read', () => {
  it('on 5,000 random quotes with hedge words before and after their numbers, at either end of the text', () => {
    const parts = ['不超过', '不超過', '大约', '约', '超过', '逾', '将近', '近', '不足', '不到', '过', '大', '不', '余', '多', '以上', '之上', '左右', '以内', '以下', '个工作日内', '天内', '%', '％', '件', '人', '12', '3.5', '两', '百', '，'];
    let seed = 13;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    let hedged = 0;
    for (let i = 0; i < 5000; i++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 7) }, () => parts[Math.floor(random() * parts.length)]).join('');
      for (const written of findNumbers(text)) {
        const expected = hedgeBySlices(text, written);
        if (expected !== 'exact') hedged++;
        expect(hedgeAround(text, written), `${text} @ ${written.start}`).toBe(expected);
      }
    }
    expect(hedged).toBeGreaterThan(1000);
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

/** The regular expressions findNumbers used to run: the scanner must read exactly what they read. */
function findNumbersByRegex(text: string) {
  const ARABIC = /[0-9０-９]+(?:,[0-9]{3})*(?:[.．][0-9０-９]+)?\s*[万萬亿億]?/g;
  const CHINESE = /[零〇一二两兩三四五六七八九十百千万萬亿億壹贰叁肆伍陆陸柒捌玖拾佰仟]+/g;
  const found: { value: number; start: number; end: number; decimals: number }[] = [];
  for (const match of text.matchAll(ARABIC)) {
    const raw = match[0].replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[,，\s]/g, '');
    const multiplier = /[万萬]$/.test(raw) ? 1e4 : /[亿億]$/.test(raw) ? 1e8 : 1;
    const digits = raw.replace(/[万萬亿億]$/, '');
    const decimals = digits.includes('.') ? digits.split('.')[1].length : 0;
    found.push({ value: Number(digits) * multiplier, start: match.index, end: match.index + match[0].length, decimals });
  }
  const arabic = [...found];
  for (const match of text.matchAll(CHINESE)) {
    const value = parseChineseNumeral(match[0]);
    const start = match.index;
    const end = start + match[0].length;
    if (!Number.isNaN(value) && !arabic.some((written) => start < written.end && written.start < end)) found.push({ value, start, end, decimals: 0 });
  }
  return found.sort((a, b) => a.start - b.start);
}

describe('findNumbers reads exactly what the reference regular expressions read', () => {
  it.each([
    '收到行政复议申请1,234件', '1,2345件', '1,23件', '12 件', '12\u3000万元', '3万二千', '３．５万人', '１２３件',
    '共3.5亿元', '2.件', '.5件', '两期三批次', '1.2.3', '12,345.67万元', '一是完成2020年度任务', '十二,345',
    '约1200余件', '5 万 元', '', '万', '3万万', '0.50%', '１,２３４', '1,234,567', '二〇二〇年1,000件',
    // Whole numbers past 15 digits are read from their digits as text, not summed digit by digit.
    '123456789012345件', '1234567890123456件', '9007199254740993件', '12345678901234567890万', '000000000000000012',
  ])('%j', (text) => {
    expect(findNumbers(text)).toEqual(findNumbersByRegex(text));
  });

  it('on 5,000 random strings built from digits, separators, units and Chinese numerals', () => {
    const alphabet = [...'0123456789０１２３９,，.．  \u3000\u00a0\ufeff\u2028\t万萬亿億一二两三十百千零〇件人元率约余近以上左右内', '\n'];
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let i = 0; i < 5000; i++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 14) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      expect(findNumbers(text), text).toEqual(findNumbersByRegex(text));
    }
  });

  it('finds the first figure that carries a value, as the reference list would, on 5,000 random quotes', () => {
    const alphabet = [...'0123456789０１,.．  万亿一二两三十百千零〇件人元约余近上'];
    let seed = 11;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    let found = 0;
    for (let i = 0; i < 5000; i++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 14) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      const listed = findNumbersByRegex(text);
      // A value the quote shows (any of its numbers, or one in 万) or, now and then, one it does not.
      const pick = listed[Math.floor(random() * listed.length)];
      const value = pick && random() < 0.8 ? (random() < 0.2 ? pick.value / 1e4 : pick.value) : Math.floor(random() * 100);
      const expected = listed.find((written) => sameFigure(written, value));
      if (expected) found++;
      expect(findValueInQuote(text, value), `${text} / ${value}`).toEqual(expected);
    }
    expect(found).toBeGreaterThan(2000);
  });
});
