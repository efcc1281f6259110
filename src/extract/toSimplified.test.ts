import { describe, expect, it } from 'vitest';
import { toSimplified } from './toSimplified';

describe('toSimplified', () => {
  it.each([
    ['審結行政複議案件86宗', '审结行政复议案件86宗'],
    ['調解成功74宗，涉及金額約120萬元', '调解成功74宗，涉及金额约120万元'],
    ['已是简体的文字不变', '已是简体的文字不变'],
  ])('converts %s keeping every character in place', (traditional, simplified) => {
    const converted = toSimplified(traditional);
    expect(converted).toBe(simplified);
    expect(converted).toHaveLength(traditional.length);
  });
});
