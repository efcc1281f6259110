import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../i18n/messages';
import { buildProfile } from '../../model/buildProfile';
import { DONG_CODE, DONG_2022_NOTE_ZH, makeDataset } from '../../../test/fixtures/makeDataset';
import { buildProfileCsv } from './buildProfileCsv';

describe('buildProfileCsv', () => {
  const dataset = makeDataset();
  const profile = buildProfile(dataset, DONG_CODE, ['mediation'])!;
  const { header, rows } = buildProfileCsv(dataset, profile, () => '人民调解', 'zh', MESSAGES.zh);
  const rowOf = (indicator: string, year: number) => rows.find((row) => row[1] === indicator && row[3] === year);

  it('has a column for each field the header names', () => {
    expect(rows.every((row) => row.length === header.length)).toBe(true);
  });

  it('writes every year’s figure with its hedge, and the latest with its rank', () => {
    expect(rowOf('mediation_cases', 2020)).toEqual(['人民调解', 'mediation_cases', '调解纠纷', 2020, 800, '下限（余、多、以上）', '件', '', '', '', '', '', '', '', '调解纠纷800余件', '甲市东区人民政府2020年法治政府建设年度报告']);
    const latest = rowOf('mediation_cases', 2022)!;
    // The only district reporting it in 2022: counted, not ranked.
    expect(latest.slice(7, 11)).toEqual([30, '', 1, 1500]);
    expect(latest[13]).toBe(DONG_2022_NOTE_ZH);
  });

  it('writes no row for a year without the figure', () => {
    expect(rowOf('mediation_cases', 2021)).toBeUndefined();
  });
});
