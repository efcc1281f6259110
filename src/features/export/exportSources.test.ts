import { describe, it, expect } from 'vitest';
import { MESSAGES } from '../../i18n/messages';
import { rowsOfKeys } from '../../model/buildExportTable';
import { SOURCES_NAMED, buildFileName, buildSourceLine, describeSources, formatExportDate } from './exportSources';
import { DONG_2020, DONG_2022, NAN_2020, XI_2020, makeDataset } from '../../../test/fixtures/makeDataset';

const dataset = makeDataset();
const sources = describeSources(rowsOfKeys(dataset, [`${XI_2020}/litigation_cases`, `${DONG_2022}/mediation_cases`, `${NAN_2020}/mediation_cases`, `${DONG_2022}/mediation_family`]));

describe('describeSources', () => {
  it('lists each report once, in province and district order, with the distinct years', () => {
    expect(sources.reports.map((report) => report.id)).toEqual([DONG_2022, XI_2020, NAN_2020]);
    expect(sources.years).toEqual([2020, 2022]);
  });

  it('tells two reports of one district apart', () => {
    const both = describeSources(rowsOfKeys(dataset, [`${DONG_2022}/mediation_cases`, `${DONG_2020}/mediation_cases`]));
    expect(both.reports.map((report) => report.year)).toEqual([2020, 2022]);
  });
});

describe('buildSourceLine', () => {
  it('names every report by title with the year its figures describe', () => {
    expect(buildSourceLine(sources, MESSAGES.zh)).toBe(
      '来源（2020、2022年，共 3 份报告）：《甲市东区人民政府2022年法治政府建设年度报告》（2022年数据）；《甲市西区人民政府2020年法治政府建设年度报告》（2020年数据）；《乙市南区人民政府2020年法治政府建设年度报告》（2020年数据）',
    );
    expect(buildSourceLine(sources, MESSAGES.en)).toMatch(/^Sources \(2020, 2022; 3 reports\): 《甲市东区人民政府2022年法治政府建设年度报告》 \(figures for 2022\); /);
  });

  it('names the first reports and counts the rest when a chart draws on more than it can name', () => {
    const many = Array.from({ length: SOURCES_NAMED + 3 }, (_, i) => ({ ...sources.reports[0], id: `r${i}`, title: `报告${i}` }));
    const line = buildSourceLine({ reports: many, years: [2022] }, MESSAGES.zh);
    expect(line).toContain(`共 ${SOURCES_NAMED + 3} 份报告`);
    expect(line).toContain(`《报告${SOURCES_NAMED - 1}》`);
    expect(line).not.toContain(`《报告${SOURCES_NAMED}》`);
    expect(line).toMatch(/等另外 3 份报告（每个数值的报告见 CSV 导出）$/);
    expect(buildSourceLine({ reports: many, years: [2022] }, MESSAGES.en)).toMatch(/; and 3 more reports \(each value's report is in the CSV export\)$/);
  });

  it('says when a title was composed by the curators', () => {
    const composed = { reports: [{ ...sources.reports[0], titleComposed: true }], years: [2022] };
    expect(buildSourceLine(composed, MESSAGES.zh)).toContain('标题为整理时所拟');
  });
});

describe('formatExportDate', () => {
  it('writes the local calendar day as YYYY-MM-DD', () => {
    expect(formatExportDate(new Date(2025, 0, 5, 23, 59))).toBe('2025-01-05');
  });
});

describe('buildFileName', () => {
  it('names what, which districts, which years and the export date', () => {
    expect(buildFileName('调解纠纷', sources, '2025-06-01', 'png', MESSAGES.zh, 'zh')).toBe('调解纠纷 - 东区、西区、南区 - 2020、2022年 - 导出2025-06-01.png');
    expect(buildFileName('Disputes mediated', sources, '2025-06-01', 'csv', MESSAGES.en, 'en')).toBe(
      'Disputes mediated - Dong District, Xi District, Nan District - 2020, 2022 - exported 2025-06-01.csv',
    );
  });

  it('replaces characters a file system refuses', () => {
    expect(buildFileName('a/b:c*d?"e"<f>|g', sources, '2025-06-01', 'svg', MESSAGES.zh, 'zh')).toMatch(/^a b c d e f g - /);
  });

  it('shortens a long title but keeps the districts, years and date', () => {
    const name = buildFileName('很'.repeat(100), sources, '2025-06-01', 'svg', MESSAGES.zh, 'zh');
    expect(name).toMatch(/^很+… - 东区、西区、南区 - 2020、2022年 - 导出2025-06-01\.svg$/);
    expect([...name.split(' - ')[0]]).toHaveLength(60);
  });
});
