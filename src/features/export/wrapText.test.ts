import { describe, it, expect } from 'vitest';
import { wrapText } from './wrapText';

// Every character is 10 pixels wide: easy to reason about.
const measure = (text: string) => [...text].length * 10;

describe('wrapText', () => {
  it('keeps a text that fits on one line', () => {
    expect(wrapText('调解纠纷2291件', 200, measure)).toEqual(['调解纠纷2291件']);
  });

  it('breaks Chinese between any two characters', () => {
    expect(wrapText('一二三四五六七', 30, measure)).toEqual(['一二三', '四五六', '七']);
  });

  it('breaks English only at spaces', () => {
    expect(wrapText('Sources for the chart', 110, measure)).toEqual(['Sources for', 'the chart']);
  });

  it('never splits a number: it moves to the next line whole', () => {
    expect(wrapText('共2291件纠纷', 60, measure)).toEqual(['共2291件', '纠纷']);
    expect(wrapText('共计2291件', 50, measure)).toEqual(['共计', '2291件']);
  });

  it('cuts a word wider than the line', () => {
    expect(wrapText('abcdefgh', 30, measure)).toEqual(['abc', 'def', 'gh']);
  });

  it('gives no line for an empty or blank text', () => {
    expect(wrapText('', 100, measure)).toEqual([]);
    expect(wrapText('   ', 100, measure)).toEqual([]);
  });
});

describe('wrapText: punctuation', () => {
  it('never starts a line with closing punctuation', () => {
    expect(wrapText('一二三。四', 30, measure)).toEqual(['一二', '三。四']);
    expect(wrapText('（2020年数据）', 50, measure)).toEqual(['（2020', '年数据）']);
  });

  it('never ends a line with opening punctuation', () => {
    expect(wrapText('一二《三四', 30, measure)).toEqual(['一二', '《三四']);
  });
});
