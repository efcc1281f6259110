import { describe, it, expect } from 'vitest';
import { axisStep, compactAxisFormatter, formatCompact } from './compactNumber';

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

describe('compactAxisFormatter', () => {
  /** The ticks ECharts draws from 0 to `top` by `step`, as the formatter writes them. */
  const ticks = (max: number, lang: 'zh' | 'en', top: number, step: number) => {
    const format = compactAxisFormatter(max, 4, lang);
    return Array.from({ length: top / step + 1 }, (_, i) => format(i * step)).join(' ');
  };
  it.each([
    [2291, 'en', 3000, 1000, '0 1k 2k 3k'],
    [900, 'en', 1000, 250, '0 250 500 750 1,000'],
    [8489, 'en', 10000, 2000, '0 2k 4k 6k 8k 10k'],
    [8489, 'zh', 10000, 2000, '0 2,000 4,000 6,000 8,000 10,000'],
    [83053, 'zh', 100000, 20000, '0 2万 4万 6万 8万 10万'],
    [1200000, 'en', 1200000, 300000, '0 300k 600k 900k 1,200k'],
  ] as const)('writes one axis up to %d in %s in one form', (max, lang, top, step, expected) => {
    expect(ticks(max, lang, top, step)).toBe(expected);
  });
});

describe('axisStep', () => {
  it.each([
    [2291, 1000],
    [900, 250],
    [86, 25],
    [8489, 2500],
    [100, 25],
    [0, 0],
  ])('steps an axis up to %d by %d: at most four steps, a round number rounded up', (max, step) => {
    expect(axisStep(max, 4)).toBe(step);
    if (max > 0) expect(Math.ceil(max / step)).toBeLessThanOrEqual(4);
  });
});
