import { describe, it, expect } from 'vitest';
import { MESSAGES } from '../i18n/messages';
import { formatNumber, formatQualified, formatWithUnit } from './formatValue';
import { QUALIFIERS } from '../data/schema';

describe('formatNumber', () => {
  it('groups thousands and keeps at most the given decimals', () => {
    expect(formatNumber(2800)).toBe('2,800');
    expect(formatNumber(1234567.891)).toBe('1,234,567.89');
    expect(formatNumber(98.789, 1)).toBe('98.8');
    expect(formatNumber(98.5, 0)).toBe('99');
    expect(formatNumber(0)).toBe('0');
  });

  it('does not pad decimals the value does not have', () => {
    expect(formatNumber(95)).toBe('95');
    expect(formatNumber(18.8)).toBe('18.8');
  });
});

describe('formatQualified', () => {
  it('keeps 约 before an approximate figure', () => {
    expect(formatQualified(2800, 'approx')).toBe('约2,800');
  });

  it('keeps 余 after a lower bound', () => {
    expect(formatQualified(2800, 'at_least')).toBe('2,800余');
  });

  it('keeps 近 before an upper bound', () => {
    expect(formatQualified(3000, 'at_most')).toBe('近3,000');
  });

  it('writes an exact figure bare', () => {
    expect(formatQualified(2800, 'exact')).toBe('2,800');
  });

  it('applies the decimals to hedged figures too', () => {
    expect(formatQualified(98.765, 'approx', 1)).toBe('约98.8');
  });
});

describe('formatWithUnit', () => {
  it('puts % tight against the figure', () => {
    expect(formatWithUnit(98.79, 'exact', '%')).toBe('98.79%');
    expect(formatWithUnit(95, 'at_least', '%')).toBe('95余%');
  });

  it('puts other units after a gap, hedge kept', () => {
    expect(formatWithUnit(1200, 'approx', '件')).toBe('约1,200 件');
    expect(formatWithUnit(2309.16, 'exact', '万元')).toBe('2,309.16 万元');
  });

  it('counts one in the singular in English, more than one, or one and more, in the plural', () => {
    expect(formatWithUnit(1, 'exact', '件', 2, 'en')).toBe('1 case');
    expect(formatWithUnit(1, 'approx', '人', 2, 'en')).toBe('about 1 person');
    expect(formatWithUnit(1, 'at_least', '件', 2, 'en')).toBe('1+ cases');
    expect(formatWithUnit(2, 'exact', '批', 2, 'en')).toBe('2 batches');
    expect(formatWithUnit(1, 'exact', '批', 2, 'en')).toBe('1 batch');
    expect(formatWithUnit(0, 'exact', '件', 2, 'en')).toBe('0 cases');
    expect(formatWithUnit(100, 'exact', '万元', 2, 'en')).toBe('1 million yuan');
    expect(formatWithUnit(1, 'exact', '件')).toBe('1 件');
  });
});

describe('qualifier labels', () => {
  it('names every qualifier in both languages, with the hedge words in Chinese', () => {
    for (const lang of ['zh', 'en'] as const) {
      expect(Object.keys(MESSAGES[lang].qualifiers).sort()).toEqual([...QUALIFIERS].sort());
    }
    expect(MESSAGES.zh.qualifiers.approx).toContain('约');
    expect(MESSAGES.zh.qualifiers.at_least).toContain('余');
    expect(MESSAGES.zh.qualifiers.at_most).toContain('近');
  });
});

describe('formatting in English', () => {
  it('keeps the hedge in words', () => {
    expect(formatQualified(2800, 'at_least', 2, 'en')).toBe('2,800+');
    expect(formatQualified(3000, 'approx', 2, 'en')).toBe('about 3,000');
    expect(formatQualified(3000, 'at_most', 2, 'en')).toBe('nearly 3,000');
  });

  it('converts 万元 to million yuan and names English units', () => {
    expect(formatWithUnit(2309.16, 'exact', '万元', 2, 'en')).toBe('23.09 million yuan');
    expect(formatWithUnit(254, 'exact', '人次', 2, 'en')).toBe('254 person-times');
    expect(formatWithUnit(98.79, 'exact', '%', 2, 'en')).toBe('98.79%');
  });
});
