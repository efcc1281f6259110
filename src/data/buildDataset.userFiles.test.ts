/** buildDataset with an analyst's files: the same checks as curated rows, rows and issues marked as theirs. */
import { describe, expect, it } from 'vitest';
import { buildDataset, joinUserData } from './buildDataset';
import { datasetFromPublished, publishDataset, readColumnFiles } from './publishedDataset';
import type { ObservationTable } from './observationTable';
import { observationKey } from './dataset';
import { MINI_REPORT, MINI_SOURCE, miniTexts, replaceOnce } from '../../test/miniFixture';

const OBS_HEADER = 'report_id,indicator_id,value,qualifier,quote,note';
const REPORTS_HEADER = 'report_id,source_file,admin_code,province,city,district,district_en,year,title,title_source,script,note';
const OWN = '2021-own-own-ownqu';
const OWN_REPORT = `${OWN},own.txt,999911,某省,某市,某区,Mou District,2021,某区2021年报告,report,hans,`;
const OWN_SOURCE = '某区2021年报告\n全年调解纠纷321件，调解成功率99.1%。\n';

describe('buildDataset with user files', () => {
  it('keeps a user report and its figures, marked with their origin and file', () => {
    const { dataset, issues } = buildDataset(miniTexts(), {
      files: [
        { name: 'my-reports.csv', kind: 'reports', text: `${REPORTS_HEADER}\n${OWN_REPORT}\n` },
        { name: 'my-obs.csv', kind: 'observations', text: `${OBS_HEADER}\n${OWN},mediation_cases,321,exact,调解纠纷321件,\n` },
      ],
      sources: { 'own.txt': OWN_SOURCE },
    });
    expect(issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    expect(dataset.reportById.get(OWN)).toMatchObject({ origin: 'user', file: 'my-reports.csv', district: '某区' });
    expect(dataset.observationByKey.get(observationKey(OWN, 'mediation_cases'))).toMatchObject({ origin: 'user', file: 'my-obs.csv', line: 2, value: 321 });
    // Curated rows carry no origin at all.
    expect(dataset.reportById.get(MINI_REPORT)!.origin).toBeUndefined();
    expect(dataset.observations.filter((observation) => observation.reportId === MINI_REPORT).every((observation) => observation.origin === undefined)).toBe(true);
  });

  it("checks a user's figure for a curated report against the curated source, and rejects a second row for a curated figure", () => {
    const { dataset, issues } = buildDataset(miniTexts(), {
      files: [
        {
          name: 'extra.csv',
          kind: 'observations',
          text: `${OBS_HEADER}\n${MINI_REPORT},mediation_cases,1653,exact,调解纠纷1653件,\n${MINI_REPORT},legal_education_audience,12000,exact,普法宣传覆盖群众1.2万人次,\n`,
        },
      ],
      sources: {},
    });
    expect(issues.filter((issue) => issue.severity === 'error')).toEqual([
      {
        file: 'extra.csv',
        line: 2,
        column: 'indicator_id',
        message: `duplicate row for report '${MINI_REPORT}' and indicator 'mediation_cases'`,
        severity: 'error',
        code: 'duplicateObservation',
        params: { report: MINI_REPORT, indicator: 'mediation_cases' },
        origin: 'user',
      },
      expect.objectContaining({ file: 'extra.csv', line: 3, code: 'duplicateObservation', origin: 'user' }),
    ]);
    // The curated figure stays curated.
    expect(dataset.observationByKey.get(observationKey(MINI_REPORT, 'mediation_cases'))!.origin).toBeUndefined();
  });

  it('rejects a user report whose id the curated data already has', () => {
    const curatedRow = miniTexts().reports.split('\n')[1];
    const { issues } = buildDataset(miniTexts(), { files: [{ name: 'r.csv', kind: 'reports', text: `${REPORTS_HEADER}\n${curatedRow}\n` }], sources: {} });
    expect(issues.filter((issue) => issue.severity === 'error').map((issue) => [issue.file, issue.line, issue.code, issue.origin])).toEqual([['r.csv', 2, 'duplicateReport', 'user']]);
  });

  it('looks up a user report’s source among the user’s files first, and never lets them replace a curated source', () => {
    const { dataset, issues } = buildDataset(miniTexts(), {
      files: [{ name: 'r.csv', kind: 'reports', text: `${REPORTS_HEADER}\n${OWN_REPORT.replace('own.txt', MINI_SOURCE)}\n` }],
      sources: { [MINI_SOURCE]: OWN_SOURCE },
    });
    expect(issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    expect(dataset.paragraphsByReport.get(OWN)![1].text).toBe('全年调解纠纷321件，调解成功率99.1%。');
    expect(dataset.paragraphsByReport.get(MINI_REPORT)![0].text).toBe('示范区人民政府2020年法治政府建设年度报告');
  });

  it('reads a tab-separated user file with the separator it is given', () => {
    const text = `${OBS_HEADER}\n${OWN}\tmediation_success_rate\t99.1\texact\t调解成功率99.1%\tA note, with commas, kept whole.\n`.replace(OBS_HEADER, OBS_HEADER.replaceAll(',', '\t'));
    const { dataset } = buildDataset(miniTexts(), {
      files: [
        { name: 'r.csv', kind: 'reports', text: `${REPORTS_HEADER}\n${OWN_REPORT}\n` },
        { name: 'o.tsv', kind: 'observations', text, delimiter: '\t' },
      ],
      sources: { 'own.txt': OWN_SOURCE },
    });
    expect(dataset.observationByKey.get(observationKey(OWN, 'mediation_success_rate'))!.note).toBe('A note, with commas, kept whole.');
  });
});

describe('buildDataset gives curated issues a code too, with the command line message unchanged', () => {
  it('codes an unknown indicator and suggests the nearest id', () => {
    const texts = miniTexts();
    const { issues } = buildDataset({ ...texts, observations: replaceOnce(texts.observations, ',mediation_settled,', ',mediation_setled,') });
    expect(issues.filter((issue) => issue.severity === 'error')).toEqual([
      {
        file: 'observations.csv',
        line: 10,
        column: 'indicator_id',
        message: "unknown indicator_id 'mediation_setled'",
        severity: 'error',
        code: 'unknownIndicator',
        params: { id: 'mediation_setled', suggestion: 'mediation_settled' },
      },
    ]);
  });
});

describe('joinUserData', () => {
  it("keeps every published figure and every one of the analyst's exactly, where the published columns are too narrow for theirs", () => {
    const built = buildDataset(miniTexts());
    const { published, columns } = publishDataset(built.dataset, built.issues, built.dataset.reports.map((_, i) => i));
    const curated = datasetFromPublished(JSON.parse(JSON.stringify(published)), readColumnFiles(columns));
    (curated.observationByKey as ObservationTable).setQuotes(built.dataset.observations.map((observation) => observation.quote));
    // The analyst's quote starts past 255 characters into its paragraph: more than a published byte holds.
    const paragraph = `${'某区深入推进法治政府建设。'.repeat(25)}全年调解纠纷321件。`;
    const start = paragraph.indexOf('调解纠纷321件');
    expect((curated.observationByKey as ObservationTable).columns.start.BYTES_PER_ELEMENT).toBe(1);
    expect(start).toBeGreaterThan(255);
    const { dataset, issues } = joinUserData(curated, miniTexts().sources, {
      files: [
        { name: 'my-reports.csv', kind: 'reports', text: `${REPORTS_HEADER}\n${OWN_REPORT}\n` },
        { name: 'my-obs.csv', kind: 'observations', text: `${OBS_HEADER}\n${OWN},mediation_cases,321,exact,调解纠纷321件,\n` },
      ],
      sources: { 'own.txt': `某区2021年报告\n${paragraph}\n` },
    });
    expect(issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    expect(dataset.observationByKey.get(observationKey(OWN, 'mediation_cases'))).toMatchObject({ value: 321, line: 2, location: { paragraphIndex: 1, start, end: start + '调解纠纷321件'.length } });
    expect(dataset.observations.filter((observation) => observation.origin === undefined)).toEqual(curated.observations);
  });
});
