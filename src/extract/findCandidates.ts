/**
 * The numbers of a paragraph that can be figures: a number with a counting word after it (件, 人次, 万元),
 * a percentage (its % possibly lost, after 率), with its hedge and, for a change, its sign. Dates, 第N,
 * numbers inside quotation marks or titles, set phrases (三项制度, 两条线) and enumerators are left out.
 */
import { findNumbers, hedgeAround, type WrittenNumber } from '../data/numerals';
import { readUnit } from './readUnit';
import type { Qualifier } from './types';

/** A number of the paragraph that reads as a figure; offsets are in the paragraph. */
export interface Candidate {
  value: number;
  start: number;
  end: number;
  unit: string;
  qualifier: Qualifier;
  /** A share (率, %), a change (同比, 增长, 下降 …, signed), or a count or amount. */
  kind: 'count' | 'rate' | 'change';
}

// Quotation marks and titles hold names and slogans; brackets often hold a breakdown, so they are read.
const OPEN_MARKS = '“《〈「『"';
const CLOSE_MARKS = '”》〉」』"';
// A Chinese numeral followed by its counting word and one of these is a set phrase, not a figure.
const SET_PHRASE_AFTER = /^[制线化性大]/u;
// Words that make a following percentage a change; a decrease gives it a minus sign.
const DECREASE = /(减少|下降|降低|缩短|减)了?$/u;
const CHANGE = /(同比|比上年|较上年|增长|增加|上升|提高|减少|下降|降低|缩短|减)了?$/u;
const RATE_BEFORE = /率(为|达到?|是)?$/u;
const ONE_OF = /之一/u;
const CLAUSE_END = /[，,。；;！!？?]/u;

function clauseEndAt(paragraph: string, from: number): number {
  let end = from;
  while (end < paragraph.length && !CLAUSE_END.test(paragraph[end])) end++;
  return end;
}

/** Whether the number sits inside quotation marks, brackets or a title opened earlier in the paragraph. */
function insideMarks(paragraph: string, at: number): boolean {
  for (let i = at - 1, depth = 0; i >= 0 && at - i < 80; i--) {
    if (CLOSE_MARKS.includes(paragraph[i])) depth++;
    else if (OPEN_MARKS.includes(paragraph[i])) {
      if (depth === 0) return paragraph.indexOf(CLOSE_MARKS[OPEN_MARKS.indexOf(paragraph[i])], at) !== -1;
      depth--;
    }
  }
  return false;
}

function isChinese(paragraph: string, written: WrittenNumber): boolean {
  return !/[0-9０-９]/u.test(paragraph[written.start]);
}

/** The figures a paragraph (in Simplified characters) can hold, in the order they are written. */
export function findCandidates(paragraph: string): Candidate[] {
  const found: Candidate[] = [];
  for (const written of findNumbers(paragraph)) {
    let { value } = written;
    let unit = readUnit(paragraph, written.end);
    // 2309.16万元 counts 万元: the 万 the numeral reader took belongs to the unit.
    const last = paragraph[written.end - 1];
    if ((last === '万' || last === '亿') && unit === '元') {
      value /= last === '万' ? 1e4 : 1e8;
      unit = last + unit;
    }
    const before = paragraph.slice(Math.max(0, written.start - 6), written.start);
    if (unit === '' && RATE_BEFORE.test(before) && value <= 100) unit = '%';
    if (unit === '') continue;
    const chinese = isChinese(paragraph, written);
    if (before.endsWith('第') || insideMarks(paragraph, written.start)) continue;
    if (chinese && (value === 1 || SET_PHRASE_AFTER.test(paragraph.slice(written.end + unit.length)) || paragraph[written.end] === '是')) continue;
    if ((unit === '日' || unit === '天') && /[月\-—至]/u.test(paragraph[written.start - 1] ?? '')) continue;
    // 列为全省14个试点之一 counts the province's pilots, not the district's work.
    if (ONE_OF.test(paragraph.slice(written.end, clauseEndAt(paragraph, written.end)))) continue;
    if (unit === '日' || (unit === '个' && paragraph.startsWith('月', written.end + 1))) continue;
    const kind = unit === '%' ? (CHANGE.test(before) ? 'change' : 'rate') : 'count';
    if (kind === 'change' && DECREASE.test(before)) value = -value;
    found.push({ value, start: written.start, end: written.end, unit, qualifier: hedgeAround(paragraph, written), kind });
  }
  return found;
}
