import { describe, it, expect } from 'vitest';
import { buildDataset, type DatasetTexts } from './buildDataset';
import type { DataIssue } from './issue';
import { observationKey } from './dataset';
import {
  MINI_REPORT,
  MINI_SOURCE,
  dataRowCount,
  errorsOf,
  lineOf,
  miniTexts,
  observationLine,
  replaceObservation,
  replaceOnce,
} from '../../test/miniFixture';

const key = (indicatorId: string) => observationKey(MINI_REPORT, indicatorId);

interface ExpectedIssue {
  file: string;
  line: number | undefined;
  column: string | undefined;
  message: string;
}

/** Asserts that `issues` holds exactly one error and that it is the expected one. */
function expectOnlyError(issues: readonly DataIssue[], expected: ExpectedIssue): void {
  const errors = errorsOf(issues);
  expect(errors, JSON.stringify(errors)).toHaveLength(1);
  const [issue] = errors;
  expect(issue.file).toBe(expected.file);
  expect(issue.line).toBe(expected.line);
  expect(issue.column).toBe(expected.column);
  expect(issue.message).toContain(expected.message);
}

/** Builds the mini fixture with observations.csv changed by `change`. */
function withObservations(change: (csv: string) => string): {
  texts: DatasetTexts;
  result: ReturnType<typeof buildDataset>;
} {
  const original = miniTexts();
  const texts = { ...original, observations: change(original.observations) };
  return { texts, result: buildDataset(texts) };
}

describe('buildDataset on the mini fixture', () => {
  it('reads the fixture with no issue and keeps every row of every file', () => {
    const texts = miniTexts();
    const { dataset, issues } = buildDataset(texts);
    expect(issues).toEqual([]);
    expect(dataset.reports.map((report) => report.id)).toEqual([MINI_REPORT]);
    expect(dataset.indicators).toHaveLength(dataRowCount(texts.indicators));
    expect(dataset.observations).toHaveLength(dataRowCount(texts.observations));
    expect(dataset.population.map((row) => row.adminCode)).toEqual(['999901']);
  });

  it('records for each observation its line in observations.csv and where its quote sits in the report', () => {
    const texts = miniTexts();
    const { dataset } = buildDataset(texts);
    const paragraphs = dataset.paragraphsByReport.get(MINI_REPORT)!;
    for (const observation of dataset.observations) {
      expect(observation.line).toBe(lineOf(texts.observations, `,${observation.indicatorId},`));
      const { paragraphIndex, start, end } = observation.location!;
      expect(paragraphs[paragraphIndex].text.slice(start, end)).toBe(observation.quote);
    }
  });

  it('accepts a value written as a Chinese numeral (两期 → 2) and rejects any other value for it', () => {
    const { dataset } = buildDataset(miniTexts());
    const sessions = dataset.observationByKey.get(key('enforcement_training_sessions'));
    expect(sessions?.value).toBe(2);
    expect(sessions?.quote).toContain('两期');

    const { texts, result } = withObservations((csv) =>
      replaceOnce(csv, 'enforcement_training_sessions,2,', 'enforcement_training_sessions,3,'),
    );
    expectOnlyError(result.issues, {
      file: 'observations.csv',
      line: lineOf(texts.observations, 'enforcement_training_sessions'),
      column: 'value',
      message: 'value 3 does not appear in the quote',
    });
  });

  it('matches a percentage value to its figure with the % sign and keeps the written precision', () => {
    const { dataset } = buildDataset(miniTexts());
    const rate = dataset.observationByKey.get(key('mediation_success_rate'));
    expect(rate?.value).toBe(98.79);
    expect(rate?.quote).toContain('98.79%');
    expect(rate?.decimals).toBe(2);
  });

  it('matches a value to a figure written with 万 (12000 ↔ 1.2万, 2309.16 ↔ 2309.16万元)', () => {
    const { dataset } = buildDataset(miniTexts());
    expect(dataset.observationByKey.get(key('legal_education_audience'))?.value).toBe(12000);
    expect(dataset.observationByKey.get(key('mediation_amount'))?.value).toBe(2309.16);

    const { texts, result } = withObservations((csv) =>
      replaceOnce(csv, 'legal_education_audience,12000,', 'legal_education_audience,1200,'),
    );
    expectOnlyError(result.issues, {
      file: 'observations.csv',
      line: lineOf(texts.observations, 'legal_education_audience'),
      column: 'value',
      message: 'value 1200 does not appear',
    });
  });

  it('accepts a zero whose quote shows the zero', () => {
    const { dataset } = buildDataset(miniTexts());
    const lost = dataset.observationByKey.get(key('litigation_lost'));
    expect(lost?.value).toBe(0);
    expect(lost?.quote).toContain('0件');
  });

  it('accepts hedged figures whose qualifier matches the wording (余, 约, 近, 以内)', () => {
    const { dataset } = buildDataset(miniTexts());
    const qualifierOf = (indicatorId: string) => dataset.observationByKey.get(key(indicatorId))?.qualifier;
    expect(qualifierOf('mediation_disputes_identified')).toBe('at_least');
    expect(qualifierOf('enforcement_training_attendees')).toBe('approx');
    expect(qualifierOf('legal_advisers')).toBe('at_most');
    expect(qualifierOf('hotline_response_days')).toBe('at_most');
    expect(qualifierOf('reconsideration_received')).toBe('exact');
  });
});

describe('buildDataset reports a bad observation row and keeps the other rows', () => {
  const baseline = buildDataset(miniTexts()).dataset.observations.length;

  /** Asserts the one error and that only the row of `indicatorId` (if given) was left out. */
  function expectRowRejected(result: ReturnType<typeof buildDataset>, expected: ExpectedIssue, indicatorId: string) {
    expectOnlyError(result.issues, expected);
    expect(result.dataset.observations).toHaveLength(baseline - 1);
    expect(result.dataset.observationByKey.has(key(indicatorId))).toBe(false);
  }

  it('rejects a quote with one character changed as not found', () => {
    const { texts, result } = withObservations((csv) =>
      replaceOnce(csv, '收到行政复议申请20件', '收到行政復议申请20件'),
    );
    expectRowRejected(
      result,
      {
        file: 'observations.csv',
        line: lineOf(texts.observations, 'reconsideration_received'),
        column: 'quote',
        message: `quote not found in report ${MINI_REPORT}`,
      },
      'reconsideration_received',
    );
  });

  it('rejects a quote that occurs twice in the report', () => {
    const original = miniTexts();
    const source = `${original.sources[MINI_SOURCE]}附表：收到行政复议申请20件。\n`;
    const texts = { ...original, sources: { ...original.sources, [MINI_SOURCE]: source } };
    expectRowRejected(
      buildDataset(texts),
      {
        file: 'observations.csv',
        line: lineOf(texts.observations, 'reconsideration_received'),
        column: 'quote',
        message: 'quote occurs 2 times',
      },
      'reconsideration_received',
    );
  });

  it('rejects a value that is not in its quote', () => {
    const { texts, result } = withObservations((csv) =>
      replaceOnce(csv, 'mediation_cases,1653,', 'mediation_cases,1635,'),
    );
    expectRowRejected(
      result,
      {
        file: 'observations.csv',
        line: lineOf(texts.observations, 'mediation_cases'),
        column: 'value',
        message: "value 1635 does not appear in the quote '调解纠纷1653件'",
      },
      'mediation_cases',
    );
  });

  it('rejects a second row for the same report and indicator and keeps the first', () => {
    const original = miniTexts();
    const row = observationLine(original, 'reconsideration_received');
    const observations = `${original.observations}${row}\n`;
    const { dataset, issues } = buildDataset({ ...original, observations });
    expectOnlyError(issues, {
      file: 'observations.csv',
      line: observations.trimEnd().split('\n').length,
      column: 'indicator_id',
      message: `duplicate row for report '${MINI_REPORT}' and indicator 'reconsideration_received'`,
    });
    expect(dataset.observations).toHaveLength(baseline);
    expect(dataset.observationByKey.get(key('reconsideration_received'))?.line).toBe(
      lineOf(original.observations, row),
    );
  });

  it('flags a duplicate even when the first of the two rows was rejected for another reason', () => {
    const original = miniTexts();
    const row = observationLine(original, 'reconsideration_received');
    const broken = row.replace(/,(exact|approx|at_least|at_most),/, ',$1,不在原文中');
    const observations = replaceOnce(original.observations, row, `${broken}\n${row}`);
    const { issues } = buildDataset({ ...original, observations });
    const messages = errorsOf(issues).map((issue) => issue.message);
    expect(messages.some((message) => message.startsWith('duplicate row'))).toBe(true);
  });

  it('rejects a zero whose quote does not show a zero', () => {
    const { texts, result } = withObservations((csv) =>
      replaceOnce(csv, 'legal_advisers,100,at_most,', 'legal_advisers,0,exact,'),
    );
    expectRowRejected(
      result,
      {
        file: 'observations.csv',
        line: lineOf(texts.observations, 'legal_advisers'),
        column: 'value',
        message: 'value 0 does not appear in the quote',
      },
      'legal_advisers',
    );
  });

  it('rejects a zero whose quote only shows a year written in Chinese digits (二〇二〇)', () => {
    const original = miniTexts();
    const source = replaceOnce(original.sources[MINI_SOURCE], '2020年，示范区坚持', '二〇二〇年，示范区坚持');
    const texts = replaceObservation(
      { ...original, sources: { ...original.sources, [MINI_SOURCE]: source } },
      'litigation_lost',
      `${MINI_REPORT},litigation_lost,0,exact,二〇二〇年，示范区坚持,`,
    );
    expectRowRejected(
      buildDataset(texts),
      {
        file: 'observations.csv',
        line: lineOf(texts.observations, 'litigation_lost'),
        column: 'value',
        message: 'value 0 does not appear in the quote',
      },
      'litigation_lost',
    );
  });

  it('rejects exact for a figure the quote hedges with 约', () => {
    const { texts, result } = withObservations((csv) =>
      replaceOnce(csv, 'enforcement_training_attendees,300,approx,', 'enforcement_training_attendees,300,exact,'),
    );
    expectRowRejected(
      result,
      {
        file: 'observations.csv',
        line: lineOf(texts.observations, 'enforcement_training_attendees'),
        column: 'qualifier',
        message: "qualifier 'exact' contradicts the quote, which reads as 'approx'",
      },
      'enforcement_training_attendees',
    );
  });

  it('rejects exact for a figure the quote gives as a minimum with 余', () => {
    const { texts, result } = withObservations((csv) =>
      replaceOnce(csv, 'mediation_disputes_identified,2800,at_least,', 'mediation_disputes_identified,2800,exact,'),
    );
    expectRowRejected(
      result,
      {
        file: 'observations.csv',
        line: lineOf(texts.observations, 'mediation_disputes_identified'),
        column: 'qualifier',
        message: "qualifier 'exact' contradicts the quote, which reads as 'at_least'",
      },
      'mediation_disputes_identified',
    );
  });

  it('rejects a hedge on a figure the quote gives exactly', () => {
    const { texts, result } = withObservations((csv) =>
      replaceOnce(csv, 'reconsideration_concluded,16,exact,', 'reconsideration_concluded,16,approx,'),
    );
    expectRowRejected(
      result,
      {
        file: 'observations.csv',
        line: lineOf(texts.observations, 'reconsideration_concluded'),
        column: 'qualifier',
        message: "qualifier 'approx' contradicts the quote, which reads as 'exact'",
      },
      'reconsideration_concluded',
    );
  });

  it('rejects an unknown report_id', () => {
    const { texts, result } = withObservations((csv) =>
      replaceOnce(csv, `${MINI_REPORT},mediation_amount,`, '2020-test-other,mediation_amount,'),
    );
    expectRowRejected(
      result,
      {
        file: 'observations.csv',
        line: lineOf(texts.observations, 'mediation_amount'),
        column: 'report_id',
        message: "unknown report_id '2020-test-other'",
      },
      'mediation_amount',
    );
  });

  it('rejects an unknown indicator_id', () => {
    const { texts, result } = withObservations((csv) =>
      replaceOnce(csv, ',mediation_amount,', ',mediation_amount_total,'),
    );
    expectRowRejected(
      result,
      {
        file: 'observations.csv',
        line: lineOf(texts.observations, 'mediation_amount_total'),
        column: 'indicator_id',
        message: "unknown indicator_id 'mediation_amount_total'",
      },
      'mediation_amount',
    );
  });

  it('rejects a value that is not a plain number', () => {
    const { texts, result } = withObservations((csv) => replaceOnce(csv, ',2309.16,', ',约2309,'));
    expectRowRejected(
      result,
      {
        file: 'observations.csv',
        line: lineOf(texts.observations, 'mediation_amount'),
        column: 'value',
        message: "value is not a plain number (got '约2309')",
      },
      'mediation_amount',
    );
  });

  it('rejects an unknown qualifier and names the allowed ones', () => {
    const { texts, result } = withObservations((csv) =>
      replaceOnce(csv, 'enforcement_training_attendees,300,approx,', 'enforcement_training_attendees,300,about,'),
    );
    expectRowRejected(
      result,
      {
        file: 'observations.csv',
        line: lineOf(texts.observations, 'enforcement_training_attendees'),
        column: 'qualifier',
        message: "must be one of exact, approx, at_least, at_most (got 'about')",
      },
      'enforcement_training_attendees',
    );
  });

  it('rejects a row whose number of fields differs from the header', () => {
    const { texts, result } = withObservations((csv) =>
      replaceOnce(csv, '涉及金额2309.16万元,', '涉及金额2309.16万元,extra,'),
    );
    expectRowRejected(
      result,
      {
        file: 'observations.csv',
        line: lineOf(texts.observations, 'mediation_amount'),
        column: undefined,
        message: 'has 7 fields, the header has 6',
      },
      'mediation_amount',
    );
  });
});

describe('buildDataset reports problems in the other files', () => {
  const base = buildDataset(miniTexts()).dataset;

  it('rejects an unknown domain in indicators.csv, and the observation of that indicator with it', () => {
    const original = miniTexts();
    const texts = {
      ...original,
      indicators: replaceOnce(original.indicators, 'legal_advisers,other,', 'legal_advisers,services,'),
    };
    const { dataset, issues } = buildDataset(texts);
    const errors = errorsOf(issues);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatchObject({
      file: 'indicators.csv',
      line: lineOf(texts.indicators, 'legal_advisers,'),
      column: 'domain',
    });
    expect(errors[0].message).toContain(
      "domain must be one of reconsideration, litigation, mediation, enforcement_training, other (got 'services')",
    );
    expect(errors[1]).toMatchObject({
      file: 'observations.csv',
      line: lineOf(texts.observations, ',legal_advisers,'),
      column: 'indicator_id',
    });
    expect(errors[1].message).toContain("unknown indicator_id 'legal_advisers'");
    expect(dataset.indicators).toHaveLength(base.indicators.length - 1);
    expect(dataset.observations).toHaveLength(base.observations.length - 1);
  });

  it('rejects an unknown kind in indicators.csv', () => {
    const original = miniTexts();
    const texts = {
      ...original,
      indicators: replaceOnce(
        original.indicators,
        '覆盖人次,Legal-education audience,人次,count,',
        '覆盖人次,Legal-education audience,人次,number,',
      ),
    };
    const { dataset, issues } = buildDataset(texts);
    const indicatorErrors = errorsOf(issues).filter((issue) => issue.file === 'indicators.csv');
    expect(indicatorErrors).toHaveLength(1);
    expect(indicatorErrors[0]).toMatchObject({
      line: lineOf(texts.indicators, 'legal_education_audience'),
      column: 'kind',
    });
    expect(indicatorErrors[0].message).toContain("(got 'number')");
    expect(dataset.indicatorById.has('legal_education_audience')).toBe(false);
    expect(dataset.indicators).toHaveLength(base.indicators.length - 1);
  });

  it('reports a missing column of observations.csv on line 1', () => {
    const { result } = withObservations((csv) => replaceOnce(csv, 'qualifier,quote,note', 'qualifier,note'));
    expectOnlyError(result.issues, {
      file: 'observations.csv',
      line: 1,
      column: undefined,
      message: 'missing column(s): quote',
    });
    expect(result.dataset.observations).toEqual([]);
    expect(result.dataset.indicators).toHaveLength(base.indicators.length);
    expect(result.dataset.reports).toHaveLength(1);
  });

  it('reports a missing column of population.csv and keeps the other files', () => {
    const original = miniTexts();
    const population = replaceOnce(
      replaceOnce(original.population, 'reference_date,source,note', 'reference_date,note'),
      ',Invented for tests,',
      ',',
    );
    const { dataset, issues } = buildDataset({ ...original, population });
    expectOnlyError(issues, {
      file: 'population.csv',
      line: 1,
      column: undefined,
      message: 'missing column(s): source',
    });
    expect(dataset.population).toEqual([]);
    expect(dataset.observations).toHaveLength(base.observations.length);
  });

  it('reports an unknown parent_id', () => {
    const original = miniTexts();
    const indicators = replaceOnce(
      original.indicators,
      'Applications accepted for review.,,reconsideration_received,',
      'Applications accepted for review.,,reconsideration_recieved,',
    );
    const { dataset, issues } = buildDataset({ ...original, indicators });
    expectOnlyError(issues, {
      file: 'indicators.csv',
      line: lineOf(indicators, 'reconsideration_accepted'),
      column: 'parent_id',
      message: "unknown parent_id 'reconsideration_recieved'",
    });
    expect(dataset.observations).toHaveLength(base.observations.length);
  });

  it('reports an unknown breakdown_of', () => {
    const original = miniTexts();
    const indicators = replaceOnce(
      original.indicators,
      'Applications not accepted.,,reconsideration_received,reconsideration_received',
      'Applications not accepted.,,reconsideration_received,reconsideration_total',
    );
    const { dataset, issues } = buildDataset({ ...original, indicators });
    expectOnlyError(issues, {
      file: 'indicators.csv',
      line: lineOf(indicators, 'reconsideration_rejected'),
      column: 'breakdown_of',
      message: "unknown breakdown_of 'reconsideration_total'",
    });
    expect(dataset.observations).toHaveLength(base.observations.length);
  });

  it('reports a formula that names an unknown indicator', () => {
    const original = miniTexts();
    const indicators = replaceOnce(
      original.indicators,
      '100 * mediation_settled / mediation_cases',
      '100 * mediation_settled / mediation_total',
    );
    const { issues } = buildDataset({ ...original, indicators });
    expectOnlyError(issues, {
      file: 'indicators.csv',
      line: lineOf(indicators, 'mediation_success_rate'),
      column: 'formula',
      message: "formula names unknown indicator 'mediation_total'",
    });
  });

  it('reports a report whose source file is missing, and rejects its observations', () => {
    const original = miniTexts();
    const { dataset, issues } = buildDataset({ ...original, sources: {} });
    const errors = errorsOf(issues);
    expect(errors[0]).toMatchObject({ file: 'reports.csv', line: 2, column: 'source_file' });
    expect(errors[0].message).toContain("source file 'mini.txt' not found");
    expect(errors.slice(1).every((issue) => issue.file === 'observations.csv' && issue.column === 'report_id')).toBe(
      true,
    );
    expect(errors).toHaveLength(1 + base.observations.length);
    expect(dataset.reports).toEqual([]);
  });

  it('reports an empty file as a whole-file issue', () => {
    const { result } = withObservations(() => '');
    expectOnlyError(result.issues, {
      file: 'observations.csv',
      line: undefined,
      column: undefined,
      message: 'the file is empty',
    });
    expect(result.dataset.observations).toEqual([]);
    expect(result.dataset.indicators).toHaveLength(base.indicators.length);
  });

  it('reports a file holding only a byte-order mark and blank lines as empty', () => {
    const { result } = withObservations(() => '\ufeff\r\n\r\n');
    expectOnlyError(result.issues, {
      file: 'observations.csv',
      line: undefined,
      column: undefined,
      message: 'the file is empty',
    });
  });
});

describe('buildDataset line numbers', () => {
  const linesByKey = (texts: DatasetTexts) =>
    new Map(buildDataset(texts).dataset.observations.map((observation) => [observation.key, observation.line]));

  it('gives the same line numbers for a file with a byte-order mark and CRLF line ends', () => {
    const original = miniTexts();
    const crlf = { ...original, observations: `\ufeff${original.observations.replace(/\n/g, '\r\n')}` };
    const { issues } = buildDataset(crlf);
    expect(issues).toEqual([]);
    const expected = linesByKey(original);
    expect(expected.size).toBe(dataRowCount(original.observations));
    expect(linesByKey(crlf)).toEqual(expected);

    const broken = { ...crlf, observations: replaceOnce(crlf.observations, '调解成功1633件', '调解成功1634件') };
    expectOnlyError(buildDataset(broken).issues, {
      file: 'observations.csv',
      line: lineOf(original.observations, 'mediation_settled'),
      column: 'quote',
      message: 'quote not found',
    });
  });

  it('gives the row after a quoted field with an embedded newline its own line number', () => {
    const original = miniTexts();
    const withNote = replaceOnce(
      original.observations,
      '调解纠纷1653件,\n',
      '调解纠纷1653件,"first line\nsecond line"\n',
    );
    const observations = replaceOnce(withNote, '调解成功1633件', '调解成功1634件');
    const { dataset, issues } = buildDataset({ ...original, observations });
    expectOnlyError(issues, {
      file: 'observations.csv',
      line: lineOf(original.observations, 'mediation_settled') + 1,
      column: 'quote',
      message: 'quote not found',
    });
    const cases = dataset.observationByKey.get(key('mediation_cases'));
    expect(cases?.line).toBe(lineOf(original.observations, 'mediation_cases'));
    expect(cases?.note).toBe('first line\nsecond line');
    expect(dataset.observationByKey.get(key('mediation_amount'))?.line).toBe(
      lineOf(original.observations, 'mediation_amount') + 1,
    );
  });

  it('counts blank and whitespace-only lines when numbering the rows after them', () => {
    const original = miniTexts();
    const header = original.observations.split('\n')[0];
    const spaced = replaceOnce(original.observations, `${header}\n`, `${header}\n\n   \n`);
    const observations = replaceOnce(spaced, '调解成功1633件', '调解成功1634件');
    const { dataset, issues } = buildDataset({ ...original, observations });
    expectOnlyError(issues, {
      file: 'observations.csv',
      line: lineOf(original.observations, 'mediation_settled') + 2,
      column: 'quote',
      message: 'quote not found',
    });
    for (const observation of dataset.observations) {
      expect(observation.line).toBe(lineOf(original.observations, `,${observation.indicatorId},`) + 2);
    }
  });
});
