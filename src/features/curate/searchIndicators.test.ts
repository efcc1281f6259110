import { describe, expect, it } from 'vitest';
import { searchIndicators } from './searchIndicators';

const DICTIONARY = [
  { id: 'mediation_cases', nameZh: '人民调解案件', nameEn: 'People’s mediation cases' },
  { id: 'mediation_success_rate', nameZh: '调解成功率', nameEn: 'Mediation success rate' },
  { id: 'litigation_lost', nameZh: '行政诉讼败诉案件', nameEn: 'Litigation cases lost' },
  { id: 'mediation', nameZh: '调解', nameEn: 'Mediation' },
];
const ids = (query: string, limit?: number) => searchIndicators(DICTIONARY, query, limit).map((indicator) => indicator.id);

describe('searchIndicators', () => {
  it.each([
    ['败诉', ['litigation_lost']],
    ['LOST', ['litigation_lost']],
    ['success rate', ['mediation_success_rate']],
    ['mediation', ['mediation', 'mediation_cases', 'mediation_success_rate']],
    ['调解', ['mediation_success_rate', 'mediation', 'mediation_cases']],
    ['案件 lost', ['litigation_lost']],
    ['', []],
    ['复议', []],
  ])('finds %j: %j', (query, expected) => {
    expect(ids(query)).toEqual(expected);
  });

  it('gives at most `limit` matches', () => {
    expect(ids('mediation', 2)).toEqual(['mediation', 'mediation_cases']);
  });
});
