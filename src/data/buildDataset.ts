/**
 * Text in, dataset and issues out: parses the four curated CSV files, checks every row against the
 * schemas, the other files and the source reports, and keeps every row that passes.
 *
 *   CSV text ──parseCsv──▶ rows ──checkReferences──▶ rows ──checkQuotes(sources)──▶ Dataset
 *                 └────────────── issues (file, line, column, reason) ─────────────┘
 *
 * An analyst's own reports and observations go through the very same checks, after the curated rows,
 * and come out marked `origin: 'user'` (rows and issues alike).
 *
 * Observations, 680,000 of them nationally, are checked one row at a time as their file is read (in
 * pieces while it downloads, in the app's worker) and written straight into columns: no object per row
 * is kept. `startDatasetBuild` is that streaming form; `buildDataset` feeds it whole texts.
 */
import type { DataIssue, IssueCode, IssueParams } from './issue';
import type { Dataset, Indicator, Population, Report } from './dataset';
import { createValuesStream, parseCsv, type CsvOptions, type RowStream } from './parseCsv';
import { createSuggester } from './nearestId';
import { tagRows, type RowOrigin, type UserTexts } from './userTexts';
import { DATA_FILES, type Qualifier } from './schema';
import { QUALIFIERS } from './vocabulary';
import { ColumnBuilder } from './columnBuilder';
import { datasetFromColumns } from './columnDataset';
import { joinPartIssues, type Claims, type ObservationPart } from './observationParts';
import { findValueInQuote, hedgeAround } from './numerals';
import { countOccurrences, locateQuote, splitParagraphs, type Paragraph } from './paragraphs';
import { formulaReferences } from './formula';

/** The raw texts of a dataset: the four CSV files and the source reports by file name. */
export interface DatasetTexts {
  reports: string;
  indicators: string;
  observations: string;
  population: string;
  sources: Record<string, string>;
  /**
   * The curated source reports are fetched one by one when first opened (a national dataset has 17,000):
   * a report's quotes are then located by `locateReportQuotes`, and none is missing meanwhile.
   */
  sourcesDeferred?: boolean;
}

const QUALIFIER_WORDS = { exact: 'no hedge', approx: '约/左右', at_least: '余/多/以上', at_most: '近/不足' } as const;
/** Where a row came from, made only for a row with a problem: nearly every row has none. */
const rowOrigin = (file: string, line: number, origin: 'user' | undefined): RowOrigin => (origin ? { file, line, origin } : { file, line });
const QUALIFIER_INDEX = new Map(QUALIFIERS.map((qualifier, i) => [qualifier, i]));
/** Where each column of observations.csv sits among a row's values (the schema's column order). */
const COLUMN = Object.fromEntries(Object.keys(DATA_FILES.observations.schema.shape).map((name, i) => [name, i])) as Record<keyof typeof DATA_FILES.observations.schema.shape, number>;

/** The curated files but observations.csv, which is read as a stream (see `DatasetBuild.observations`). */
export type DatasetFrame = Omit<DatasetTexts, 'observations'>;

/** A dataset being built: its observation files are fed in, then `finish` gives the dataset and its issues. */
export interface DatasetBuild {
  /** Starts reading an observations file; the curated file first, then the analyst's. */
  observations(file: string, origin?: 'user', options?: CsvOptions & { totalLength?: number }): RowStream;
  /**
   * Starts reading a part of a curated observations file (its header line, then a run of its lines) on
   * its own, for another build to join: `takePart` then gives it. The build is not to be used afterwards.
   */
  startPart(file: string): RowStream;
  takePart(): ObservationPart;
  /** Joins a part read elsewhere, after what this build has read; its lines move by `lineOffset`. */
  addPart(part: ObservationPart, file: string, lineOffset: number): void;
  finish(): { dataset: Dataset; issues: DataIssue[] };
  /** The reports and population rows `finish` gives the dataset, in its order: known once the small files are parsed. */
  frameRecords(): { reports: Report[]; population: Population[] };
}

/** Parses and validates a whole dataset, the analyst's files after the curated ones. Rows with errors are left out and reported. */
export function buildDataset(texts: DatasetTexts, user?: UserTexts): { dataset: Dataset; issues: DataIssue[] } {
  const build = startDatasetBuild(texts, user);
  const read = (text: string, file: string, origin?: 'user', options?: CsvOptions) => {
    const stream = build.observations(file, origin, { ...options, totalLength: text.length });
    stream.feed(text);
    stream.end();
  };
  read(texts.observations, DATA_FILES.observations.file);
  for (const file of user?.files ?? []) {
    if (file.kind !== 'observations') continue;
    const onProgress = user?.onProgress && ((fraction: number) => user.onProgress!(file.name, fraction));
    read(file.text, file.name, 'user', { delimiter: file.delimiter, onProgress });
  }
  return build.finish();
}

/**
 * Parses and checks reports, indicators and population at once; observations follow file by file, each
 * row checked against them as it is read. Issues come out in the order of a whole-file pass: every file's
 * syntax and schema problems (reports, indicators, observations, population), then the checks across files.
 */
export function startDatasetBuild(texts: DatasetFrame, user?: UserTexts): DatasetBuild {
  const parseIssues: DataIssue[] = [];
  const parse = <S extends (typeof DATA_FILES)[keyof typeof DATA_FILES]['schema']>(text: string, schema: S, file: string, issues = parseIssues) =>
    tagRows(parseCsv(text, schema, file), file, issues);
  const userReports = (user?.files ?? [])
    .filter((file) => file.kind === 'reports')
    .flatMap((file) => {
      const onProgress = user?.onProgress && ((fraction: number) => user.onProgress!(file.name, fraction));
      return tagRows(parseCsv(file.text, DATA_FILES.reports.schema, file.name, { delimiter: file.delimiter, onProgress }), file.name, parseIssues, 'user');
    });
  const parsed = {
    reports: [...parse(texts.reports, DATA_FILES.reports.schema, DATA_FILES.reports.file), ...userReports],
    indicators: parse(texts.indicators, DATA_FILES.indicators.schema, DATA_FILES.indicators.file),
  };
  const observationParseIssues: DataIssue[] = [];
  const populationParseIssues: DataIssue[] = [];
  const population = parse(texts.population, DATA_FILES.population.schema, DATA_FILES.population.file, populationParseIssues);
  const crossIssues: DataIssue[] = [];
  const observationIssues: DataIssue[] = [];
  const populationIssues: DataIssue[] = [];
  const error = (to: DataIssue[], row: RowOrigin, column: string, message: string, code: IssueCode, params: IssueParams) =>
    to.push({ file: row.file, line: row.line, column, message, severity: 'error', code, params, ...(row.origin ? { origin: row.origin } : {}) });
  const suggest = createSuggester();
  const mark = (row: RowOrigin) => (row.origin ? { origin: row.origin, file: row.file } : {});

  const reportById = new Map<string, Report>();
  const paragraphsByReport = new Map<string, Paragraph[]>();
  for (const row of parsed.reports) {
    if (reportById.has(row.report_id)) {
      error(crossIssues, row, 'report_id', `duplicate report_id '${row.report_id}'`, 'duplicateReport', { id: row.report_id });
      continue;
    }
    const source = row.origin ? (user?.sources[row.source_file] ?? texts.sources[row.source_file]) : texts.sources[row.source_file];
    if (source === undefined && !(texts.sourcesDeferred && !row.origin)) {
      const where = row.origin ? 'among the loaded source files' : 'in data/sources/';
      error(crossIssues, row, 'source_file', `source file '${row.source_file}' not found ${where}`, 'sourceMissing', { file: row.source_file });
      continue;
    }
    reportById.set(row.report_id, {
      id: row.report_id,
      sourceFile: row.source_file,
      adminCode: row.admin_code,
      province: row.province,
      city: row.city,
      district: row.district,
      districtEn: row.district_en,
      year: row.year,
      title: row.title,
      titleComposed: row.title_source === 'composed',
      script: row.script,
      note: row.note,
      ...mark(row),
    });
    if (source !== undefined) paragraphsByReport.set(row.report_id, splitParagraphs(source));
  }

  const indicatorById = new Map<string, Indicator>();
  for (const row of parsed.indicators) {
    if (indicatorById.has(row.indicator_id)) {
      error(crossIssues, row, 'indicator_id', `duplicate indicator_id '${row.indicator_id}'`, 'duplicateIndicator', { id: row.indicator_id });
      continue;
    }
    indicatorById.set(row.indicator_id, {
      id: row.indicator_id,
      domain: row.domain,
      nameZh: row.name_zh,
      nameEn: row.name_en,
      unit: row.unit,
      kind: row.kind,
      definitionZh: row.definition_zh,
      definitionEn: row.definition_en,
      formula: row.formula,
      parentId: row.parent_id,
      breakdownOf: row.breakdown_of,
    });
  }
  for (const row of parsed.indicators) {
    for (const column of ['parent_id', 'breakdown_of'] as const) {
      if (row[column] && !indicatorById.has(row[column])) error(crossIssues, row, column, `unknown ${column} '${row[column]}'`, 'unknownReference', suggest(row[column], indicatorById));
    }
    for (const id of formulaReferences(row.formula)) {
      if (!indicatorById.has(id)) error(crossIssues, row, 'formula', `formula names unknown indicator '${id}'`, 'unknownFormulaReference', suggest(id, indicatorById));
    }
  }

  const populationByAdminCode = new Map<string, Population>();
  for (const row of population) {
    if (populationByAdminCode.has(row.admin_code)) {
      error(populationIssues, row, 'admin_code', `duplicate admin_code '${row.admin_code}'`, 'duplicatePopulation', { id: row.admin_code });
      continue;
    }
    populationByAdminCode.set(row.admin_code, {
      adminCode: row.admin_code,
      population: row.population,
      referenceDate: row.reference_date,
      source: row.source,
      note: row.note,
    });
  }

  const columns = new ColumnBuilder(1 << 14);
  // Which report × indicator pairs have had a row: numbers, not a set of 680,000 key strings.
  const reportNumber = new Map([...reportById.keys()].map((id, i) => [id, i]));
  const indicatorNumber = new Map([...indicatorById.keys()].map((id, i) => [id, i]));
  const seen = new Uint8Array(reportNumber.size * indicatorNumber.size);

  // Kept only while reading a part of a file (see observationParts.ts).
  let claims: Claims | undefined;
  const duplicateIssue = (row: RowOrigin, reportId: string, indicatorId: string): DataIssue => ({
    file: row.file,
    line: row.line,
    column: 'indicator_id',
    message: `duplicate row for report '${reportId}' and indicator '${indicatorId}'`,
    severity: 'error',
    code: 'duplicateObservation',
    params: { report: reportId, indicator: indicatorId },
    ...(row.origin ? { origin: row.origin } : {}),
  });
  let last: { id: string | undefined; report: number | undefined; paragraphs: Paragraph[] | undefined } = { id: undefined, report: undefined, paragraphs: undefined };

  /** Reports a problem with an observation row; a function of its own, so that checking a row makes none. */
  const rejectObservation = (file: string, line: number, origin: 'user' | undefined, column: string, message: string, code: IssueCode, params: IssueParams) =>
    error(observationIssues, rowOrigin(file, line, origin), column, message, code, params);
  /**
   * Checks one observation row (its values in the schema's column order) against the other files and its
   * quote; keeps it as a column row if it passes.
   */
  const checkObservation = (values: readonly unknown[], line: number, file: string, origin: 'user' | undefined) => {
    const reportId = values[COLUMN.report_id] as string;
    const indicatorId = values[COLUMN.indicator_id] as string;
    const value = values[COLUMN.value] as number;
    const qualifier = values[COLUMN.qualifier] as Qualifier;
    const quote = values[COLUMN.quote] as string;
    // A report's rows follow one another: its number and paragraphs are looked up once for them all.
    if (reportId !== last.id) last = { id: reportId, report: reportNumber.get(reportId), paragraphs: paragraphsByReport.get(reportId) };
    const report = last.report;
    if (report === undefined) {
      rejectObservation(file, line, origin, 'report_id', `unknown report_id '${reportId}'`, 'unknownReport', suggest(reportId, reportById));
      return;
    }
    const indicator = indicatorNumber.get(indicatorId);
    if (indicator === undefined) {
      rejectObservation(file, line, origin, 'indicator_id', `unknown indicator_id '${indicatorId}'`, 'unknownIndicator', suggest(indicatorId, indicatorById));
      return;
    }
    const cell = report * indicatorNumber.size + indicator;
    // A second row for the same figure is a duplicate even when the first was rejected for another reason.
    if (seen[cell]) {
      observationIssues.push(duplicateIssue(rowOrigin(file, line, origin), reportId, indicatorId));
      return;
    }
    seen[cell] = 1;
    if (claims) {
      claims.cells.push(cell);
      claims.issuesBefore.push(observationIssues.length);
      claims.keptRows.push(-1);
    }
    const paragraphs = last.paragraphs;
    const location = paragraphs && locateQuote(paragraphs, quote);
    if (paragraphs && !location) {
      const count = paragraphs.reduce((sum, p) => sum + countOccurrences(p.text, quote), 0);
      if (count === 0) rejectObservation(file, line, origin, 'quote', `quote not found in report ${reportId}`, 'quoteNotFound', { report: reportId, quote: quote });
      else rejectObservation(file, line, origin, 'quote', `quote occurs ${count} times in report ${reportId}; it must identify one place`, 'quoteAmbiguous', { report: reportId, count });
      return;
    }
    const written = findValueInQuote(quote, value);
    if (!written) {
      rejectObservation(file, line, origin, 'value', `value ${value} does not appear in the quote '${quote}'`, 'valueNotInQuote', { value: value, quote: quote });
      return;
    }
    const hedge = hedgeAround(quote, written);
    if (hedge !== qualifier) {
      rejectObservation(file, line, origin, 'qualifier', `qualifier '${qualifier}' contradicts the quote, which reads as '${hedge}' (${QUALIFIER_WORDS[hedge]})`, 'qualifierContradicts', {
        qualifier: qualifier,
        hedge,
      });
      return;
    }
    if (claims) claims.keptRows[claims.keptRows.length - 1] = columns.count;
    const note = values[COLUMN.note] as string;
    const noteZh = values[COLUMN.note_zh] as string;
    columns.pushRow(report, indicator, value, QUALIFIER_INDEX.get(qualifier)!, written.decimals, line, location, quote, note, noteZh, origin ? file : undefined);
  };

  let frame: { reports: Report[]; population: Population[] } | undefined;
  return {
    observations(file, origin, options = {}) {
      // Where to go back to if the file has to be read again from its start (see RowSink.restart).
      const start = { rows: columns.count, parse: observationParseIssues.length, checks: observationIssues.length, seen: seen.slice() };
      return createValuesStream(
        DATA_FILES.observations.schema,
        file,
        {
          values: (values, line) => checkObservation(values, line, file, origin),
          issue: (issue) => observationParseIssues.push(origin ? { ...issue, origin } : issue),
          restart: () => {
            columns.truncate(start.rows);
            observationParseIssues.length = start.parse;
            observationIssues.length = start.checks;
            seen.set(start.seen);
          },
        },
        options,
      );
    },
    startPart(file) {
      claims = { cells: [], issuesBefore: [], keptRows: [] };
      return this.observations(file);
    },
    takePart() {
      return { columns: columns.finish(), parseIssues: observationParseIssues, checkIssues: observationIssues, claims: claims ?? { cells: [], issuesBefore: [], keptRows: [] } };
    },
    addPart(part, file, lineOffset) {
      const indicators = indicatorNumber.size;
      const ids = [...reportById.keys()];
      const indicatorIds = [...indicatorById.keys()];
      const claimedBefore = (cell: number) => {
        const claimed = seen[cell] === 1;
        seen[cell] = 1;
        return claimed;
      };
      const duplicate = (cell: number, line: number) => duplicateIssue({ file, line }, ids[Math.floor(cell / indicators)], indicatorIds[cell % indicators]);
      const joined = joinPartIssues(part, lineOffset, claimedBefore, duplicate);
      for (const issue of joined.parseIssues) observationParseIssues.push(issue);
      for (const issue of joined.checkIssues) observationIssues.push(issue);
      columns.append(part.columns, lineOffset, joined.droppedRows);
    },
    frameRecords() {
      frame ??= { reports: [...reportById.values()], population: [...populationByAdminCode.values()] };
      return frame;
    },
    finish() {
      const { reports, population } = this.frameRecords();
      const dataset = datasetFromColumns(reports, [...indicatorById.values()], population, columns.finish(), paragraphsByReport);
      const issues: DataIssue[] = [];
      // One by one: spreading a hundred thousand issues into push() would overflow the call stack.
      for (const part of [parseIssues, observationParseIssues, populationParseIssues, crossIssues, observationIssues, populationIssues]) for (const issue of part) issues.push(issue);
      return { dataset, issues };
    },
  };
}
