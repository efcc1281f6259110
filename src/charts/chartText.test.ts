import { describe, it, expect } from 'vitest';
import { fitBeforeSuffix, gapLabel } from './chartText';

/** Ten pixels a character. */
const tenEach = (text: string) => [...text].length * 10;

describe('fitBeforeSuffix', () => {
  it.each([
    ['章贡区 2022', '（未报告）', 200, '章贡区 2022'],
    ['Zhanggong District 2022', ' (not reported)', 300, 'Zhanggong Dist…'],
    ['Zhanggong District 2022', ' (not reported)', 200, 'Zhan…'],
  ])('fits %s before %s in %d px as %s', (label, suffix, width, expected) => {
    const fitted = fitBeforeSuffix(label, suffix, width, tenEach);
    expect(fitted).toBe(expected);
    expect(tenEach(fitted + suffix)).toBeLessThanOrEqual(width);
  });
});

describe('gapLabel', () => {
  it('keeps "not reported" and the year whole however long the district’s name', () => {
    const label = gapLabel('Qianxinan Buyei and Miao Autonomous Prefecture Xingyi City 2020', 'en');
    expect(label).toMatch(/^\{gap\|Qianxinan[^}]*… 2020\}\n\{gap\|\(not reported\)\}$/);
    expect(gapLabel('章贡区 2022', 'zh')).toBe('{gap|章贡区 2022（未报告）}');
  });
});
