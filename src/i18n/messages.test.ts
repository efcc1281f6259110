import { describe, expect, it } from 'vitest';
import { MESSAGES } from './messages';

describe('counts in the interface strings', () => {
  it('are written with thousands separators in both languages, as the rest of the interface writes them', () => {
    expect(MESSAGES.zh.brief.range('行政复议纠错率', 'a', 'b', 2845)[0]).toContain('2,845 个报告此项的区县');
    expect(MESSAGES.en.brief.range('Correction rate', 'a', 'b', 2845)[0]).toContain('of the 2,845 districts');
    expect(MESSAGES.zh.brief.perCapita('收到行政复议申请', 'a', 2843)[0]).toContain('2,843 个区县');
    expect(MESSAGES.en.dataHealth(12000)).toContain('12,000 problems');
    expect(MESSAGES.zh.dataHealth(7)).toContain('发现 7 个问题');
    expect(MESSAGES.zh.upload.rowsKept(0, 150000)).toBe('已载入 0 行，150,000 行未载入');
    expect(MESSAGES.en.upload.download(1500)).toBe('Download the 1,500 rows not loaded');
  });

  it('says one or several in English, never "(s)"', () => {
    expect(MESSAGES.en.dataHealth(1)).toContain('found 1 problem;');
    expect(MESSAGES.en.reportSearch.count(1)).toBe('1 paragraph found');
    expect(MESSAGES.en.reportSearch.count(1200)).toBe('1,200 paragraphs found');
    expect(MESSAGES.en.brief.notes(1)).toContain('1 district counts differently');
    expect(MESSAGES.en.brief.notes(2)).toContain('2 districts count differently');
  });
});
