import { describe, it, expect } from 'vitest';
import { QUALIFIER_LABELS, formatNumber, formatQualified, formatWithUnit } from './formatValue';
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
});

describe('QUALIFIER_LABELS', () => {
  it('names every qualifier with its hedge words', () => {
    expect(Object.keys(QUALIFIER_LABELS).sort()).toEqual([...QUALIFIERS].sort());
    expect(QUALIFIER_LABELS.approx).toContain('约');
    expect(QUALIFIER_LABELS.at_least).toContain('余');
    expect(QUALIFIER_LABELS.at_most).toContain('近');
  });
});
