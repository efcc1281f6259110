/**
 * The bad-input corpus (test/fixtures/bad-input/): each file is loaded the way the files screen loads it,
 * next to the curated data, and must give exactly the problems listed here and keep exactly the rows
 * listed here. Every case with rejected rows also round-trips its "download rejected rows" CSV.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { UserDataResult } from '../src/data/buildUserData';
import type { TextEncodingName } from '../src/data/decodeText';
import type { IssueCode, IssueParams } from '../src/data/issue';
import { MAX_FILE_BYTES } from '../src/data/fileSizeLimit';
import { readUserFile } from '../src/data/readUserFile';
import { issuesOfRows } from '../src/data/rejectedRows';
import { buildRejectedCsv, rejectedFileName } from '../src/features/upload/buildRejectedCsv';
import { describeIssueAt } from '../src/features/upload/describeIssue';
import { MESSAGES } from '../src/i18n/messages';
import { loadUserFiles } from './fixtures/loadUserFiles';
import { publishedFolder } from './fixtures/published';
import { ROOT_DIR } from './miniFixture';

const CORPUS = join(ROOT_DIR, 'test/fixtures/bad-input');
const curated = publishedFolder(join(ROOT_DIR, 'data'));
const REPORT = '2021-test-demo-shiyan';
/** The demo report and its source: loaded with every observations file so that its rows can pass. */
const BASE = ['valid-reports.csv', `${REPORT}.txt`];

const bytesOf = (name: string) => new Uint8Array(readFileSync(join(CORPUS, name)));
const load = (names: string[], extra: { name: string; bytes: Uint8Array }[] = []): UserDataResult =>
  loadUserFiles(curated, [...names.map((name) => ({ name, bytes: bytesOf(name) })), ...extra]);

/** An expected issue: file, line, column, code and params, exactly. */
type Expected = [file: string, line: number | undefined, column: string | undefined, code: IssueCode, params: IssueParams];

interface Case {
  file: string;
  /** What the case is about, for the test name. */
  about: string;
  /** The files loaded with it; the demo report and its source unless said otherwise. */
  with?: string[];
  encoding?: TextEncodingName;
  /** `indicator_id:line` of every row of the file that must be kept. */
  kept: string[];
  issues: Expected[];
}

const CASES: Case[] = [
  {
    file: 'valid-observations.csv',
    about: 'a valid UTF-8 file',
    encoding: 'utf-8',
    kept: ['reconsideration_received:2', 'reconsideration_accepted:3', 'mediation_cases:4', 'mediation_success_rate:5', 'mediation_amount:6', 'enforcement_training_attendees:7', 'litigation_lost:8'],
    issues: [],
  },
  {
    file: 'gb18030.csv',
    about: 'GB18030 with CRLF, as Excel on Chinese Windows saves it',
    encoding: 'gb18030',
    kept: ['reconsideration_received:2', 'reconsideration_accepted:3', 'mediation_cases:4', 'mediation_success_rate:5', 'mediation_amount:6', 'enforcement_training_attendees:7', 'litigation_lost:8'],
    issues: [],
  },
  {
    file: 'bom-crlf.csv',
    about: 'UTF-8 with BOM and CRLF, one bad row',
    encoding: 'utf-8-bom',
    kept: ['reconsideration_received:2', 'reconsideration_accepted:3', 'mediation_success_rate:5'],
    issues: [['bom-crlf.csv', 4, 'value', 'notNumber', { column: 'value', got: 'x' }]],
  },
  {
    file: 'tab-separated.tsv',
    about: 'tab-separated, a note holding commas',
    encoding: 'utf-8',
    kept: ['reconsideration_received:2', 'reconsideration_accepted:3', 'mediation_cases:4', 'mediation_success_rate:5', 'litigation_lost:6'],
    issues: [],
  },
  {
    file: 'excel-unicode-text.txt',
    about: "Excel's Unicode text: UTF-16 with BOM, tabs, CRLF, named .txt",
    encoding: 'utf-16le',
    kept: ['reconsideration_received:2', 'reconsideration_accepted:3', 'mediation_cases:4'],
    issues: [],
  },
  {
    file: 'non-numeric.csv',
    about: 'values that are not plain numbers',
    kept: ['reconsideration_received:2'],
    issues: [
      ['non-numeric.csv', 3, 'value', 'notNumber', { column: 'value', got: 'abc' }],
      ['non-numeric.csv', 4, 'value', 'notNumber', { column: 'value', got: '1,200' }],
      ['non-numeric.csv', 5, 'value', 'notNumber', { column: 'value', got: '97.5%' }],
      ['non-numeric.csv', 6, 'value', 'notNumber', { column: 'value', got: '约860' }],
    ],
  },
  {
    file: 'unknown-ids.csv',
    about: 'unknown ids, with the nearest known id suggested',
    kept: ['litigation_lost:5'],
    issues: [
      ['unknown-ids.csv', 2, 'indicator_id', 'unknownIndicator', { id: 'mediaton_success', suggestion: 'mediation_success_rate' }],
      ['unknown-ids.csv', 3, 'report_id', 'unknownReport', { id: '2021-test-demo-shiyang', suggestion: REPORT }],
      ['unknown-ids.csv', 4, 'indicator_id', 'unknownIndicator', { id: 'weather_rainfall_mm' }],
    ],
  },
  {
    file: 'duplicates.csv',
    about: 'duplicate rows, even with another value',
    kept: ['mediation_cases:2', 'reconsideration_accepted:5'],
    issues: [
      ['duplicates.csv', 3, 'indicator_id', 'duplicateObservation', { report: REPORT, indicator: 'mediation_cases' }],
      ['duplicates.csv', 4, 'indicator_id', 'duplicateObservation', { report: REPORT, indicator: 'mediation_cases' }],
    ],
  },
  {
    file: 'quotes.csv',
    about: 'quotes not found, found twice, without the value, or hedged otherwise',
    kept: ['mediation_success_rate:6'],
    issues: [
      ['quotes.csv', 2, 'quote', 'quoteNotFound', { report: REPORT, quote: '收到行政复议申请36件' }],
      ['quotes.csv', 3, 'quote', 'quoteAmbiguous', { report: REPORT, count: 2 }],
      ['quotes.csv', 4, 'value', 'valueNotInQuote', { value: 1300, quote: '调解纠纷1200件' }],
      ['quotes.csv', 5, 'qualifier', 'qualifierContradicts', { qualifier: 'exact', hedge: 'approx' }],
    ],
  },
  {
    file: 'embedded-newlines.csv',
    about: 'a quoted note over two lines, and the line numbers after it',
    kept: ['reconsideration_received:2', 'reconsideration_accepted:4'],
    issues: [['embedded-newlines.csv', 5, 'qualifier', 'notOneOf', { column: 'qualifier', got: 'about', values: 'exact, approx, at_least, at_most' }]],
  },
  {
    file: 'wrong-columns.csv',
    about: 'a header with a misnamed and a missing column',
    kept: [],
    issues: [['wrong-columns.csv', 1, undefined, 'missingColumns', { columns: 'indicator_id, qualifier' }]],
  },
  {
    file: 'field-count.csv',
    about: 'rows with too many and too few fields',
    kept: ['reconsideration_received:2', 'litigation_lost:5'],
    issues: [
      ['field-count.csv', 3, undefined, 'fieldCount', { fields: 8, expected: 7 }],
      ['field-count.csv', 4, undefined, 'fieldCount', { fields: 5, expected: 7 }],
    ],
  },
  {
    file: 'unclosed-quote.csv',
    about: 'a quote left open, which swallows the rest of the file',
    kept: ['reconsideration_received:2'],
    issues: [
      ['unclosed-quote.csv', 3, undefined, 'csvSyntax', { detail: 'MissingQuotes' }],
      ['unclosed-quote.csv', 3, undefined, 'fieldCount', { fields: 5, expected: 7 }],
    ],
  },
  { file: 'header-only.csv', about: 'a header and no row', kept: [], issues: [] },
  { file: 'empty.csv', about: 'an empty file', kept: [], issues: [['empty.csv', undefined, undefined, 'emptyFile', {}]] },
  { file: 'binary.csv', about: 'binary data', kept: [], issues: [['binary.csv', undefined, undefined, 'binaryFile', { kind: 'binary' }]] },
  { file: 'saved-as-xlsx.csv', about: 'a workbook renamed .csv', kept: [], issues: [['saved-as-xlsx.csv', undefined, undefined, 'binaryFile', { kind: 'xlsx' }]] },
  { file: 'unknown-encoding.csv', about: 'bytes neither UTF-8 nor GB18030', kept: [], issues: [['unknown-encoding.csv', undefined, undefined, 'unknownEncoding', {}]] },
  {
    file: 'unknown-kind.csv',
    about: 'a CSV of something else',
    kept: [],
    issues: [
      [
        'unknown-kind.csv',
        undefined,
        undefined,
        'unknownFileKind',
        {
          reports: 'report_id, source_file, admin_code, province, city, district, district_en, year, title, title_source, script, note',
          observations: 'report_id, indicator_id, value, qualifier, quote, note, note_zh',
        },
      ],
    ],
  },
  { file: 'extra-indicators.csv', about: 'an indicator dictionary', kept: [], issues: [['extra-indicators.csv', undefined, undefined, 'unsupportedFileKind', { kind: 'indicators.csv' }]] },
  { file: 'bad name.txt', about: 'a source whose name reports.csv cannot hold', kept: [], issues: [['bad name.txt', undefined, undefined, 'sourceNameInvalid', {}]] },
  {
    file: 'bad-reports.csv',
    about: 'reports: a duplicate, a missing source, a bad code and year',
    with: [`${REPORT}.txt`],
    kept: [],
    issues: [
      ['bad-reports.csv', 5, 'admin_code', 'notAdminCode', { column: 'admin_code', got: '99990' }],
      ['bad-reports.csv', 5, 'year', 'notYear', { column: 'year', got: '21' }],
      ['bad-reports.csv', 3, 'report_id', 'duplicateReport', { id: REPORT }],
      ['bad-reports.csv', 4, 'source_file', 'sourceMissing', { file: '2022-test-demo-shiyan.txt' }],
    ],
  },
];

const userIssues = (result: UserDataResult) =>
  result.issues.filter((issue) => issue.origin === 'user').map((issue): Expected => [issue.file, issue.line, issue.column, issue.code!, issue.params ?? {}]);
const keptOf = (result: UserDataResult, file: string) =>
  result.dataset.observations.filter((observation) => observation.origin === 'user' && observation.file === file).map((o) => `${o.indicatorId}:${o.line}`);

describe('the bad-input corpus', () => {
  for (const test of CASES) {
    it(`${test.file} (${test.about}) reports exactly its problems and keeps its valid rows`, () => {
      const result = load([...(test.with ?? BASE), test.file]);
      expect(userIssues(result)).toEqual(test.issues);
      expect(keptOf(result, test.file)).toEqual(test.kept);
      if (test.encoding) expect(result.files.find((file) => file.name === test.file)?.encoding).toBe(test.encoding);
      // The demo report itself is always kept (bad-reports.csv keeps its first, valid row).
      expect(result.dataset.reportById.get(REPORT)?.origin).toBe('user');
      // The curated data is untouched by anything the analyst loads.
      expect(result.issues.filter((issue) => issue.origin !== 'user' && issue.severity === 'error')).toEqual([]);
    });
  }

  it('refuses a file above the size limit before decoding it', () => {
    const { file, issues } = readUserFile('huge.csv', new Uint8Array(MAX_FILE_BYTES + 1024 * 1024));
    expect(file).toBeUndefined();
    expect(issues.map((issue) => [issue.code, issue.params])).toEqual([['fileTooLarge', { size: MAX_FILE_BYTES + 1024 * 1024, limit: MAX_FILE_BYTES }]]);
  });
});

describe('the rejected rows of the corpus, downloaded', () => {
  const zh = MESSAGES.zh;
  for (const test of CASES.filter((c) => c.issues.some((issue) => issue[1] !== undefined))) {
    it(`${test.file}: every rejected row comes back as written with its reason, and stays rejected when loaded again`, () => {
      const first = load([...(test.with ?? BASE), test.file]);
      const rejected = first.rejected.find((file) => file.name === test.file)!;
      const lines = [...new Set(test.issues.map((issue) => issue[1]))].sort((a, b) => a! - b!);
      // A problem with the header rejects every row; otherwise exactly the rows named by the issues.
      if (!lines.includes(1)) expect(rejected.rows.map((row) => row.line)).toEqual(lines);
      const csv = buildRejectedCsv(rejected, first.issues, zh);
      const name = rejectedFileName(test.file);
      const again = load([...(test.with ?? BASE), test.file], [{ name, bytes: new TextEncoder().encode(csv) }]);
      const back = again.rejected.find((file) => file.name === name)!;
      expect(back.header).toEqual(['reason', ...rejected.header]);
      expect(back.rows.map((row) => row.fields.slice(1))).toEqual(rejected.rows.map((row) => row.fields.map((field) => field.replace(/\r\n?/g, '\n'))));
      expect(back.rows.map((row) => row.fields[0])).toEqual(issuesOfRows(rejected, first.issues).map((rowIssues) => rowIssues.map((issue) => describeIssueAt(issue, zh)).join('; ')));
      expect(keptOf(again, name)).toEqual([]);
      expect(keptOf(again, test.file)).toEqual(test.kept);
    });
  }

  it('writes the reason in the interface language, and a fixed row loads', () => {
    const first = load([...BASE, 'non-numeric.csv']);
    const rejected = first.rejected.find((file) => file.name === 'non-numeric.csv')!;
    const zh = buildRejectedCsv(rejected, first.issues, MESSAGES.zh);
    const en = buildRejectedCsv(rejected, first.issues, MESSAGES.en);
    expect(zh.split('\r\n')[1]).toBe('第 3 行 [value]：value“abc”不是数字（只写阿拉伯数字，如 98.79）,2021-test-demo-shiyan,reconsideration_accepted,abc,exact,依法受理31件,,');
    expect(en.split('\r\n')[1]).toBe(`"line 3 [value]: value 'abc' is not a number (write plain digits, e.g. 98.79)",2021-test-demo-shiyan,reconsideration_accepted,abc,exact,依法受理31件,,`);
    const fixed = zh.replace(',abc,', ',31,');
    const again = load(BASE, [{ name: 'fixed.csv', bytes: new TextEncoder().encode(fixed) }]);
    // The fixed row is the rejected file's first row, on its line 2.
    expect(keptOf(again, 'fixed.csv')).toEqual(['reconsideration_accepted:2']);
  });
});
