import { describe, expect, it } from 'vitest';
import { MESSAGES } from './messages';

describe('counts in the interface strings', () => {
  it('are written with thousands separators in both languages, as the rest of the interface writes them', () => {
    expect(MESSAGES.zh.brief.compared(2845)).toBe('2,845 个区县报告');
    expect(MESSAGES.en.brief.compared(2845)).toBe('2,845 districts report it');
    expect(MESSAGES.en.dataHealth(12000)).toContain('12,000 problems');
    expect(MESSAGES.zh.dataHealth(7)).toContain('发现 7 个问题');
    expect(MESSAGES.zh.upload.rowsKept(0, 150000)).toBe('已载入 0 行，150,000 行未载入');
    expect(MESSAGES.en.upload.download(1500)).toBe('Download the 1,500 rows not loaded');
  });

  it('says one or several in English, never "(s)"', () => {
    expect(MESSAGES.en.dataHealth(1)).toContain('found 1 problem;');
    expect(MESSAGES.en.reportSearch.count(1)).toBe('1 paragraph found');
    expect(MESSAGES.en.reportSearch.count(1200)).toBe('1,200 paragraphs found');
    expect(MESSAGES.en.brief.compared(1)).toBe('1 district reports it');
  });
});
