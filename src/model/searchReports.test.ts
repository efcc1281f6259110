import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js/t2cn';
import { readDatasetTexts } from '../../scripts/readDatasetTexts';
import { buildDataset } from '../data/buildDataset';
import { searchReports } from './searchReports';

const { dataset } = buildDataset(readDatasetTexts('data'));
const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
const HUADU = '2020-guangdong-guangzhou-huadu';

describe('searchReports', () => {
  it('finds a Simplified word in the Traditional report once the converter is given', () => {
    expect(searchReports(dataset, '涉疫纠纷').some((m) => m.report.id === HUADU)).toBe(false);
    const matches = searchReports(dataset, '涉疫纠纷', toSimplified).filter((m) => m.report.id === HUADU);
    expect(matches.length).toBeGreaterThan(0);
    const paragraph = dataset.paragraphsByReport.get(HUADU)![matches[0].paragraphIndex];
    expect(paragraph.text.slice(matches[0].start, matches[0].end)).toBe('涉疫糾紛');
  });

  it('finds a Traditional word in the Simplified reports', () => {
    const matches = searchReports(dataset, '調解成功率', toSimplified);
    expect(matches.some((m) => m.report.id !== HUADU)).toBe(true);
  });

  it('returns nothing for an empty query and stops at the limit', () => {
    expect(searchReports(dataset, '  ', toSimplified)).toEqual([]);
    expect(searchReports(dataset, '法治', toSimplified, 3)).toHaveLength(3);
  });
});
