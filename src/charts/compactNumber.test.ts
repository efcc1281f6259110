import { describe, it, expect } from 'vitest';
import { formatCompact } from './compactNumber';

describe('formatCompact', () => {
  it.each([
    [0, 'zh', '0'],
    [500, 'zh', '500'],
    [1500, 'zh', '1,500'],
    [12000, 'zh', '1.2万'],
    [150000, 'zh', '15万'],
    [250000000, 'zh', '2.5亿'],
    [0, 'en', '0'],
    [500, 'en', '500'],
    [1500, 'en', '1.5k'],
    [20000, 'en', '20k'],
    [1200000, 'en', '1.2M'],
    [0.5, 'en', '0.5'],
    [-3000, 'en', '-3k'],
  ] as const)('writes %d in %s as %s', (value, lang, expected) => {
    expect(formatCompact(value, lang)).toBe(expected);
  });
});
