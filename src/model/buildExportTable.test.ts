import { describe, it, expect } from 'vitest';
import { MESSAGES, type Lang } from '../i18n/messages';
import { buildCsv } from './buildCsv';
import { buildExportTable, rowsOfKeys, type ExportTableWords } from './buildExportTable';
import { DONG_2020, DONG_2022, DONG_2022_NOTE, DONG_2022_NOTE_ZH, NAN_2020, makeDataset } from '../../test/fixtures/makeDataset';

const dataset = makeDataset();
const words = (lang: Lang): ExportTableWords => ({ columns: MESSAGES[lang].export.columns, qualifiers: MESSAGES[lang].qualifiers, tenThousandYuan: MESSAGES[lang].export.tenThousandYuan });

describe('rowsOfKeys', () => {
  it('joins each key to its observation, report and indicator, in the order given', () => {
    const rows = rowsOfKeys(dataset, [`${NAN_2020}/mediation_cases`, `${DONG_2020}/mediation_cases`]);
    expect(rows.map((row) => [row.report.district, row.report.year, row.indicator.id, row.observation.value])).toEqual([
      ['南区', 2020, 'mediation_cases', 1200],
      ['东区', 2020, 'mediation_cases', 800],
    ]);
  });

  it('skips unknown and repeated keys', () => {
    expect(rowsOfKeys(dataset, [`${NAN_2020}/mediation_cases`, 'nope/nothing', `${NAN_2020}/mediation_cases`])).toHaveLength(1);
  });
});

describe('buildExportTable', () => {
  it('has one column per field, named in the export language', () => {
    expect(buildExportTable([], 'zh', words('zh')).header).toEqual(['区县', '行政区划代码', '年份', '指标代码', '指标（中文）', '指标（英文）', '数值', '单位', '数值性质', '原文摘录', '说明', '报告标题']);
    expect(buildExportTable([], 'en', words('en')).header[0]).toBe('District');
  });

  it('writes one row per value with its quote, hedge and report title, the value as a number', () => {
    const { rows } = buildExportTable(rowsOfKeys(dataset, [`${NAN_2020}/mediation_cases`]), 'zh', words('zh'));
    expect(rows).toEqual([
      ['南区', '990201', 2020, 'mediation_cases', '调解纠纷', 'Disputes mediated', 1200, '件', '约数（约、左右）', '调解纠纷约1200件', '', '乙市南区人民政府2020年法治政府建设年度报告'],
    ]);
  });

  it('gives both indicator names whatever the language, and the note in the export language', () => {
    const key = `${DONG_2022}/mediation_cases`;
    const [zhRow] = buildExportTable(rowsOfKeys(dataset, [key]), 'zh', words('zh')).rows;
    const [enRow] = buildExportTable(rowsOfKeys(dataset, [key]), 'en', words('en')).rows;
    expect(zhRow.slice(4, 6)).toEqual(enRow.slice(4, 6));
    expect(zhRow[10]).toBe(DONG_2022_NOTE_ZH);
    expect(enRow[10]).toBe(DONG_2022_NOTE);
    expect(enRow[0]).toBe('Dong District');
  });

  it('keeps an amount in 万元 unconverted in English and says so in the unit', () => {
    const [row] = buildExportTable(rowsOfKeys(dataset, [`${DONG_2022}/mediation_amount`]), 'en', words('en')).rows;
    expect(row[6]).toBe(2300);
    expect(row[7]).toBe('10,000 yuan');
  });

  it('becomes a CSV whose value column holds plain numbers', () => {
    const table = buildExportTable(rowsOfKeys(dataset, [`${DONG_2022}/mediation_success_rate`]), 'zh', words('zh'));
    const [, line] = buildCsv(table.header, table.rows).split('\r\n');
    expect(line.split(',')[6]).toBe('98.2');
  });
});
