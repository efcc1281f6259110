import { describe, it, expect } from 'vitest';
import { MESSAGES } from '../../i18n/messages';
import { rowsOfKeys } from '../../model/buildExportTable';
import { chartSourceLine, reportsOfKeys } from './ChartSources';
import { buildSourceLine, describeSources } from './exportSources';
import { DONG_2020, DONG_2022, NAN_2020, XI_2020, makeDataset } from '../../../test/fixtures/makeDataset';

const dataset = makeDataset();
// A chart's keys: a report's two figures, one drawn twice, and a key of no figure (a gap drawn as such).
const keys = [`${DONG_2022}/mediation_cases`, `${XI_2020}/litigation_cases`, `${DONG_2022}/mediation_family`, `${NAN_2020}/mediation_cases`, `${XI_2020}/litigation_cases`, `${DONG_2020}/no_such_indicator`];

describe('the sources line under a chart', () => {
  it('names each report with a figure among the keys once, and no report whose key names no figure', () => {
    expect(reportsOfKeys(dataset, keys).map(({ report }) => report.id)).toEqual([DONG_2022, XI_2020, NAN_2020]);
  });

  it('says what the line made from the figures of the keys says, in both languages', () => {
    for (const t of [MESSAGES.zh, MESSAGES.en])
      expect(chartSourceLine(dataset, [...keys], t)).toBe(buildSourceLine(describeSources(rowsOfKeys(dataset, keys)), t));
    expect(chartSourceLine(dataset, [`${DONG_2020}/no_such_indicator`], MESSAGES.zh)).toBeNull();
  });
});
