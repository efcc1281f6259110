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

// The numerals by character code: the scanner reads code units, not characters.
const codesOf = (table: Record<string, number>) => new Map(Object.entries(table).map(([char, value]) => [char.charCodeAt(0), value]));
const DIGIT_CODES = codesOf(DIGITS);
const SMALL_UNIT_CODES = codesOf(SMALL_UNITS);
const LARGE_UNIT_CODES = codesOf(LARGE_UNITS);

/**
 * A text's UTF-16 code units in an array kept between calls, followed by a 0, as the scanner below reads
 * a text: the functions below that take a string read it through this.
 */
let scratch = new Uint16Array(256);
function unitsOf(text: string): Uint16Array {
  if (scratch.length <= text.length) scratch = new Uint16Array(Math.max(text.length + 1, scratch.length * 2));
  for (let i = 0; i < text.length; i++) scratch[i] = text.charCodeAt(i);
  scratch[text.length] = 0;
  return scratch;
}

/**
 * Converts a Chinese numeral such as 三, 十二, 两千零五 or 一万二千 to a number; NaN if it is not one.
 * Digits written without units (二〇二〇) are read one by one, as a year is written.
 */
export function parseChineseNumeral(numeral: string): number {
  return chineseNumeralIn(unitsOf(numeral), 0, numeral.length);
}

/** parseChineseNumeral of the code units units[from..to). */
function chineseNumeralIn(units: Uint16Array, from: number, to: number): number {
  if (to === from) return NaN;
  let allDigits = to - from > 1;
  for (let at = from; at < to && allDigits; at++) allDigits = DIGIT_CODES.has(units[at]);
  if (allDigits) {
    let value = 0;
    for (let at = from; at < to; at++) value = value * 10 + DIGIT_CODES.get(units[at])!;
    return value;
  }
  let total = 0;
  let section = 0;
  let digit = -1;
  for (let at = from; at < to; at++) {
    const code = units[at];
    const small = SMALL_UNIT_CODES.get(code);
    const large = LARGE_UNIT_CODES.get(code);
    if (DIGIT_CODES.has(code)) {
      digit = DIGIT_CODES.get(code)!;
    } else if (small !== undefined) {
      section += (digit === -1 ? 1 : digit) * small;
      digit = -1;
    } else if (large !== undefined) {
      // A unit with nothing before it counts once: 万 is ten thousand, as 百 is a hundred.
      total += (section === 0 && digit === -1 ? 1 : section + Math.max(digit, 0)) * large;
      section = 0;
      digit = -1;
    } else {
      return NaN;
    }
  }
  return total + section + Math.max(digit, 0);
}

// Only the half-width comma groups thousands: the full-width ， separates items in Chinese prose.
// The scanner below reads exactly what these two patterns match, a Chinese numeral overlapping an Arabic
// number left out (numerals.test.ts holds them as the reference); it exists because validating 680,000
// quotes with regular expressions took seconds.
//   Arabic:  [0-9０-９]+(?:,[0-9]{3})*(?:[.．][0-9０-９]+)?\s*[万萬亿億]?
//   Chinese: [零〇一二两兩三四五六七八九十百千万萬亿億壹贰叁肆伍陆陸柒捌玖拾佰仟]+
// A table by character code rather than a set: it is asked about every character of 680,000 quotes.
const CHINESE_CODES = new Uint8Array(0x10000);
for (const char of '零〇一二两兩三四五六七八九十百千万萬亿億壹贰叁肆伍陆陸柒捌玖拾佰仟') CHINESE_CODES[char.charCodeAt(0)] = 1;

/** Whether a character is one of the Chinese numerals (digits and units); false for the 0 after a text. */
function isChineseNumeral(code: number): boolean {
  return CHINESE_CODES[code] === 1;
}
// 万 and 萬, 亿 and 億, by character code: reading text[at] would make a string of every character looked at.
const TEN_THOUSAND = [0x4e07, 0x842c];
const HUNDRED_MILLION = [0x4ebf, 0x5104];
// Up to 15 digits, a whole number summed digit by digit is exact, as Number() of its digits is.
const EXACT_DIGITS = 15;

/** Whether a character is `\s` in a regular expression: white space and line terminators. */
function isWhitespace(code: number): boolean {
  if (code < 0xa0) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isDigit(code: number): boolean {
  return isAsciiDigit(code) || (code >= 0xff10 && code <= 0xff19);
}

/** The digit a character stands for, full-width ones included. */
function digitText(code: number): string {
  return String.fromCharCode(code >= 0xff10 ? code - 0xfee0 : code);
}

// A text as the scanner reads it: its UTF-16 code units, units[0..length), followed by a 0. The 0 is no
// character the scanner looks for, so looking past the end finds nothing, as charCodeAt past the end of a
// string gives NaN.

/** Whether a group of thousands (,000) starts at `at`. */
function isThousands(units: Uint16Array, at: number): boolean {
  return units[at] === 44 && isAsciiDigit(units[at + 1]) && isAsciiDigit(units[at + 2]) && isAsciiDigit(units[at + 3]);
}

/** Whether a decimal point followed by a digit starts at `at`. */
function isDecimalPoint(units: Uint16Array, at: number): boolean {
  const point = units[at];
  return (point === 46 || point === 0xff0e) && isDigit(units[at + 1]);
}

/** Reads the Arabic number starting at `start` (a digit) into `into`: its value and where it ends. */
function readArabic(units: Uint16Array, length: number, start: number, into: WrittenNumber): void {
  let at = start;
  let plain = true;
  let whole = 0;
  for (let code = units[at]; isDigit(code); code = units[++at]) {
    plain &&= isAsciiDigit(code);
    whole = whole * 10 + (code - 48);
  }
  let value: number;
  let decimals = 0;
  if (plain && at - start <= EXACT_DIGITS && !isThousands(units, at) && !isDecimalPoint(units, at)) {
    // Nearly every figure is a whole number in ASCII digits: no string of its digits to build and read.
    value = whole;
  } else {
    let digits = '';
    for (let i = start; i < at; i++) digits += digitText(units[i]);
    while (isThousands(units, at)) {
      digits += String.fromCharCode(units[at + 1], units[at + 2], units[at + 3]);
      at += 4;
    }
    if (isDecimalPoint(units, at)) {
      digits += '.';
      at++;
      for (let code = units[at]; isDigit(code); code = units[++at]) {
        digits += digitText(code);
        decimals++;
      }
    }
    value = Number(digits);
  }
  while (at < length && isWhitespace(units[at])) at++;
  let multiplier = 1;
  const suffix = units[at];
  if (suffix === TEN_THOUSAND[0] || suffix === TEN_THOUSAND[1]) multiplier = 1e4;
  else if (suffix === HUNDRED_MILLION[0] || suffix === HUNDRED_MILLION[1]) multiplier = 1e8;
  if (multiplier !== 1) at++;
  into.value = value * multiplier;
  into.start = start;
  into.end = at;
  into.decimals = decimals;
}

/**
 * The number scanNumbers is looking at, one object for them all: a new one for each number read would
 * be 60 MB of garbage over the 680,000 quotes of the country's reports.
 */
const scanned: WrittenNumber = { value: 0, start: 0, end: 0, decimals: 0 };

/**
 * Visits the numbers written in a text (see above) from left to right, Arabic and Chinese, and stops at
 * the first for which `visit` returns true (returning it). One pass, no list: finding a quote's figure,
 * nearly always its first number, costs next to nothing for 680,000 quotes. `visit` is given `state`
 * rather than being a closure over it, so a call makes no function. The number it gives `visit`, and
 * returns, is lent: the same object serves every number read, so whoever keeps one keeps a copy.
 */
function scanNumbers<T>(units: Uint16Array, length: number, visit: (written: WrittenNumber, state: T) => boolean, state: T): WrittenNumber | undefined {
  let at = 0;
  while (at < length) {
    const code = units[at];
    if (isDigit(code)) {
      readArabic(units, length, at, scanned);
      if (visit(scanned, state)) return scanned;
      at = scanned.end;
      // The 万 of 3万 belongs to the Arabic number, and so does the run of Chinese numerals it begins
      // (3万二千 is 3万 and nothing else): a Chinese numeral overlapping an Arabic number is not a number.
      if (isChineseNumeral(units[at - 1])) while (at < length && isChineseNumeral(units[at])) at++;
    } else if (isChineseNumeral(code)) {
      const start = at;
      while (at < length && isChineseNumeral(units[at])) at++;
      const value = chineseNumeralIn(units, start, at);
      if (!Number.isNaN(value)) {
        scanned.value = value;
        scanned.start = start;
        scanned.end = at;
        scanned.decimals = 0;
        if (visit(scanned, state)) return scanned;
      }
    } else at++;
  }
  return undefined;
}

/** Lists every number written in `text`, Arabic or Chinese, in the order they are written. */
export function findNumbers(text: string): WrittenNumber[] {
  const found: WrittenNumber[] = [];
  scanNumbers(unitsOf(text), text.length, keepEvery, found);
  return found;
}

function keepEvery(written: WrittenNumber, found: WrittenNumber[]): boolean {
  found.push({ ...written });
  return false;
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
}

/** Whether two numbers are the same figure, allowing a 万 value written without its multiplier. */
export function sameFigure(written: WrittenNumber, value: number): boolean {
  return close(written.value, value) || close(written.value, -value) || close(written.value / 1e4, value);
}

/**
 * Finds the written number in `quote` that carries `value`, or undefined when the quote does not show it.
 * The number is lent (see scanNumbers): read it before the next call.
 */
export function findValueInQuote(quote: string, value: number): WrittenNumber | undefined {
  return findValueInUnits(unitsOf(quote), quote.length, value);
}

/** findValueInQuote of a quote given as code units (see `scanNumbers`). */
function findValueInUnits(units: Uint16Array, length: number, value: number): WrittenNumber | undefined {
  return scanNumbers(units, length, sameFigure, value);
}

// Longer words first, so 不超过 is not read as 超过.
export const BEFORE: [string, Qualifier][] = [
  ['不超过', 'at_most'], ['不超過', 'at_most'], ['大约', 'approx'], ['大約', 'approx'], ['约', 'approx'], ['約', 'approx'],
  ['超过', 'at_least'], ['超過', 'at_least'], ['逾', 'at_least'], ['将近', 'at_most'], ['將近', 'at_most'], ['近', 'at_most'],
  ['不足', 'at_most'], ['不到', 'at_most'],
];
export const AFTER_AT_ONCE: [RegExp, Qualifier][] = [
  [/^[余餘多]/u, 'at_least'],
  [/^[%％]?[\p{Script=Han}]{0,4}?(以上|之上)/u, 'at_least'],
  [/^[%％]?[\p{Script=Han}]{0,4}?左右/u, 'approx'],
  [/^[%％]?[\p{Script=Han}]{0,4}?(以内|之内|以下)/u, 'at_most'],
  [/^个?(工作)?(日|天|小时|月)内/u, 'at_most'],
];

// Every word before a number ends with one of these; every pattern after one needs one of these (by
// character code: looking a character up as text[i] would make a string of it, for every row).
const BEFORE_LAST_CODES = new Set(BEFORE.map(([word]) => word.charCodeAt(word.length - 1)));
const AFTER_KEY_CODES = new Set([...'余餘多上右内下'].map((char) => char.charCodeAt(0)));
// The words before a number are read among the three characters before it, the patterns after it among
// the eight after it.
const BEFORE_SPAN = 3;
const AFTER_SPAN = 8;

/**
 * The hedge written next to a number (约3000, 2800余, 近百, 95%以上, 1个工作日内): the qualifier the
 * wording implies, or `exact` when there is none.
 */
export function hedgeAround(text: string, written: WrittenNumber): Qualifier {
  return hedgeAroundUnits(unitsOf(text), text.length, written);
}

/** hedgeAround of a text given as code units (see `scanNumbers`). */
function hedgeAroundUnits(units: Uint16Array, length: number, written: WrittenNumber): Qualifier {
  const { start, end } = written;
  if (start > 0 && BEFORE_LAST_CODES.has(units[start - 1])) {
    const from = Math.max(0, start - BEFORE_SPAN);
    for (const [word, qualifier] of BEFORE) if (start - word.length >= from && wordAt(units, start - word.length, word)) return qualifier;
  }
  // Most figures carry no hedge: skip the patterns when none of the characters they need is there.
  const afterEnd = Math.min(length, end + AFTER_SPAN);
  let keyed = false;
  for (let i = end; i < afterEnd && !keyed; i++) keyed = AFTER_KEY_CODES.has(units[i]);
  if (!keyed) return 'exact';
  let after = '';
  for (let i = end; i < afterEnd; i++) after += String.fromCharCode(units[i]);
  for (const [pattern, qualifier] of AFTER_AT_ONCE) if (pattern.test(after)) return qualifier;
  return 'exact';
}

/** Whether `word` is written at units[at..). */
function wordAt(units: Uint16Array, at: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) if (units[at + i] !== word.charCodeAt(i)) return false;
  return true;
}
