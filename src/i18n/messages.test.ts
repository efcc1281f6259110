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

describe('the note on districts without a report of the chosen year', () => {
  const named = [{ district: '花都区', latest: 2020 }, { district: '武江区', latest: 2020 }];

  it('speaks of the figures below only when the filter has other reports to show', () => {
    expect(MESSAGES.zh.filters.noReportInYear(named, 2, 2022, true)).toBe('花都区（最新为 2020 年）、武江区（最新为 2020 年）没有 2022 年的报告，以下数字不含这些区县。');
    expect(MESSAGES.zh.filters.noReportInYear(named, 2, 2022, false)).toBe('花都区（最新为 2020 年）、武江区（最新为 2020 年）没有 2022 年的报告。');
    const english = [{ district: 'Huadu District', latest: 2020 }];
    expect(MESSAGES.en.filters.noReportInYear(english, 1, 2022, true)).toBe('Huadu District (latest 2020) has no 2022 report, so the figures below leave it out.');
    expect(MESSAGES.en.filters.noReportInYear(english, 1, 2022, false)).toBe('Huadu District (latest 2020) has no 2022 report.');
  });
});
