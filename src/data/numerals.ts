/** Reading the numbers a report writes: Arabic digits (with 万 / 亿), Chinese numerals, and their hedges. */
import type { Qualifier } from './schema';

/** A number as written inside a piece of text, with its offsets. */
export interface WrittenNumber {
  value: number;
  start: number;
  end: number;
  /** Digits after the decimal point as written (the report's precision). */
  decimals: number;
}

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 两: 2, 兩: 2, 贰: 2, 三: 3, 叁: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 陸: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const LARGE_UNITS: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

/**
 * Converts a Chinese numeral such as 三, 十二, 两千零五 or 一万二千 to a number; NaN if it is not one.
 * Digits written without units (二〇二〇) are read one by one, as a year is written.
 */
export function parseChineseNumeral(numeral: string): number {
  const chars = [...numeral];
  if (chars.length === 0) return NaN;
  if (chars.length > 1 && chars.every((char) => char in DIGITS)) return chars.reduce((value, char) => value * 10 + DIGITS[char], 0);
  let total = 0;
  let section = 0;
  let digit = -1;
  for (const char of chars) {
    if (char in DIGITS) {
      digit = DIGITS[char];
    } else if (char in SMALL_UNITS) {
      section += (digit === -1 ? 1 : digit) * SMALL_UNITS[char];
      digit = -1;
    } else if (char in LARGE_UNITS) {
      // A unit with nothing before it counts once: 万 is ten thousand, as 百 is a hundred.
      total += (section === 0 && digit === -1 ? 1 : section + Math.max(digit, 0)) * LARGE_UNITS[char];
      section = 0;
      digit = -1;
    } else {
      return NaN;
    }
  }
  return total + section + Math.max(digit, 0);
}

// Only the half-width comma groups thousands: the full-width ， separates items in Chinese prose.
const ARABIC = /[0-9０-９]+(?:,[0-9]{3})*(?:[.．][0-9０-９]+)?\s*[万萬亿億]?/g;
const CHINESE = /[零〇一二两兩三四五六七八九十百千万萬亿億壹贰叁肆伍陆陸柒捌玖拾佰仟]+/g;

/**
 * Lists every number written in `text`, Arabic or Chinese, in the order they are written. A Chinese
 * numeral overlapping an Arabic number is not a number: 3万二千 is 3万 and nothing else.
 */
export function findNumbers(text: string): WrittenNumber[] {
  const found: WrittenNumber[] = [];
  for (const match of text.matchAll(ARABIC)) {
    const written = match[0].replace(/[０-９．]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0)).replace(/[,\s]/g, '');
    const multiplier = /[万萬]$/.test(written) ? 1e4 : /[亿億]$/.test(written) ? 1e8 : 1;
    const digits = written.replace(/[万萬亿億]$/, '');
    found.push({ value: Number(digits) * multiplier, start: match.index, end: match.index + match[0].length, decimals: digits.split('.')[1]?.length ?? 0 });
  }
  const arabic = found.length;
  for (const match of text.matchAll(CHINESE)) {
    const [start, end] = [match.index, match.index + match[0].length];
    const value = parseChineseNumeral(match[0]);
    if (!Number.isNaN(value) && !found.slice(0, arabic).some((other) => start < other.end && other.start < end)) found.push({ value, start, end, decimals: 0 });
  }
  return found.sort((a, b) => a.start - b.start);
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
}

/** Whether two numbers are the same figure, allowing a 万 value written without its multiplier. */
export function sameFigure(written: WrittenNumber, value: number): boolean {
  return close(written.value, value) || close(written.value, -value) || close(written.value / 1e4, value);
}

/** Finds the written number in `quote` that carries `value`, or undefined when the quote does not show it. */
export function findValueInQuote(quote: string, value: number): WrittenNumber | undefined {
  return findNumbers(quote).find((written) => sameFigure(written, value));
}

// Longer words first, so 不超过 is not read as 超过.
const BEFORE: [string, Qualifier][] = [
  ['不超过', 'at_most'], ['不超過', 'at_most'], ['大约', 'approx'], ['大約', 'approx'], ['约', 'approx'], ['約', 'approx'],
  ['超过', 'at_least'], ['超過', 'at_least'], ['逾', 'at_least'], ['将近', 'at_most'], ['將近', 'at_most'], ['近', 'at_most'],
  ['不足', 'at_most'], ['不到', 'at_most'],
];
const AFTER: [RegExp, Qualifier][] = [
  [/^[余餘多]/u, 'at_least'],
  [/^[%％]?[\p{Script=Han}]{0,4}?(以上|之上)/u, 'at_least'],
  [/^[%％]?[\p{Script=Han}]{0,4}?左右/u, 'approx'],
  [/^[%％]?[\p{Script=Han}]{0,4}?(以内|之内|以下)/u, 'at_most'],
  [/^个?(工作)?(日|天|小时|月)内/u, 'at_most'],
];

/**
 * The hedge written next to a number (约3000, 2800余, 近百, 95%以上, 1个工作日内): the qualifier the
 * wording implies, or `exact` when there is none. Words are read among the three characters before the
 * number, patterns among the eight after it.
 */
export function hedgeAround(text: string, written: WrittenNumber): Qualifier {
  const before = text.slice(Math.max(0, written.start - 3), written.start);
  for (const [word, qualifier] of BEFORE) if (before.endsWith(word)) return qualifier;
  const after = text.slice(written.end, written.end + 8);
  for (const [pattern, qualifier] of AFTER) if (pattern.test(after)) return qualifier;
  return 'exact';
}
