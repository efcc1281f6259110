import { describe, expect, it } from 'vitest';
import type { Report } from '../../data/dataset';
import { districtOfLabel } from './districtOfLabel';

const report = (adminCode: string, district: string, districtEn: string, year: number, origin?: 'user'): Report =>
  ({ id: `${year}-${adminCode}`, adminCode, district, districtEn, year, ...(origin ? { origin } : {}) }) as Report;

const REPORTS = [report('440203', '武江区', 'Wujiang District', 2020), report('440114', '花都区', 'Huadu District', 2020), report('440203', '武江区', 'Wujiang District', 2021, 'user'), report('990001', '{某}区', 'Brace', 2020)];

describe('districtOfLabel', () => {
  it.each([
    ['武江区 2020', 'zh', '440203'],
    ['Huadu District 2020', 'en', '440114'],
    ['12. 花都区 2020', 'zh', '440114'],
    ['武江区 2021（我的数据）', 'zh', '440203'],
    ['（某）区 2020', 'zh', '990001'],
    ['⋯ 其间还有 20 个区县 ⋯', 'zh', undefined],
    ['章贡区 2022', 'zh', undefined],
  ] as const)('reads %s (%s) as %s', (label, lang, code) => {
    expect(districtOfLabel(REPORTS, label, lang)).toBe(code);
  });
});
