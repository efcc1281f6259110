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
 * Observations, 680,000 of them nationally, are checked one row at a time and written into columns
 * (observationReader.ts). `joinUserData` checks an analyst's files the same way against a published
 * dataset, whose rows were checked when it was published.
 */
import type { DataIssue, IssueCode, IssueParams } from './issue';
import type { Dataset, Indicator, Population, Report } from './dataset';
import { parseCsv } from './parseCsv';
import { createSuggester } from './nearestId';
import { tagRows, type RowOrigin, type UserTexts } from './userTexts';
import { DATA_FILES, type ReportRow } from './schema';
import { datasetFromColumns } from './columnDataset';
import { createObservationReader, rowError } from './observationReader';
import { NUMBER_COLUMN_NAMES, NUMBER_COLUMNS, ObservationTable, type NumberColumn, type ObservationColumns } from './observationTable';
import type { ColumnArray } from './columnFile';
import type { Located } from './parseCsv';
import { splitParagraphs, type Paragraph } from './paragraphs';
import { formulaReferences } from './formula';

/** The raw texts of a dataset: the four CSV files and the source reports by file name. */
export interface DatasetTexts {
  reports: string;
  indicators: string;
  observations: string;
  population: string;
  sources: Record<string, string>;
}

/** Parses and validates a whole dataset, the analyst's files after the curated ones. Rows with errors are left out and reported. */
export function buildDataset(texts: DatasetTexts, user?: UserTexts): { dataset: Dataset; issues: DataIssue[] } {
  const parseIssues: DataIssue[] = [];
  const parse = <S extends (typeof DATA_FILES)[keyof typeof DATA_FILES]['schema']>(text: string, schema: S, file: string, issues = parseIssues) =>
    tagRows(parseCsv(text, schema, file), file, issues);
  const userReports = parseUserReports(user, parseIssues);
  const curatedReports = parse(texts.reports, DATA_FILES.reports.schema, DATA_FILES.reports.file);
  const indicatorRows = parse(texts.indicators, DATA_FILES.indicators.schema, DATA_FILES.indicators.file);
  const populationParseIssues: DataIssue[] = [];
  const population = parse(texts.population, DATA_FILES.population.schema, DATA_FILES.population.file, populationParseIssues);
  const crossIssues: DataIssue[] = [];
  const populationIssues: DataIssue[] = [];
  const error = (to: DataIssue[], row: RowOrigin, column: string, message: string, code: IssueCode, params: IssueParams) => to.push(rowError(row, column, message, code, params));
  const suggest = createSuggester();

  const reportById = new Map<string, Report>();
  const paragraphsByReport = new Map<string, Paragraph[]>();
  addReports([...curatedReports, ...userReports], reportById, paragraphsByReport, texts, user, crossIssues);

  const indicatorById = new Map<string, Indicator>();
  for (const row of indicatorRows) {
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
  for (const row of indicatorRows) {
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

  const reader = createObservationReader({ reportIds: [...reportById.keys()], indicatorIds: [...indicatorById.keys()], paragraphs: paragraphsByReport }, suggest);
  reader.read(texts.observations, DATA_FILES.observations.file);
  for (const file of userFilesOf(user, 'observations')) reader.read(file.text, file.name, 'user', file.options);
  const observations = reader.finish();
  const dataset = datasetFromColumns([...reportById.values()], [...indicatorById.values()], [...populationByAdminCode.values()], observations.columns, paragraphsByReport);
  const issues: DataIssue[] = [];
  // One by one: spreading a hundred thousand issues into push() would overflow the call stack.
  for (const part of [parseIssues, observations.parseIssues, populationParseIssues, crossIssues, observations.checkIssues, populationIssues]) for (const issue of part) issues.push(issue);
  return { dataset, issues };
}

/** The analyst's report files, parsed; their problems join `issues`. */
function parseUserReports(user: UserTexts | undefined, issues: DataIssue[]): (Located<ReportRow> & RowOrigin)[] {
  return userFilesOf(user, 'reports').flatMap((file) => tagRows(parseCsv(file.text, DATA_FILES.reports.schema, file.name, file.options), file.name, issues, 'user'));
}

/** The analyst's CSV files of one kind, with how to read each: its separator, and its progress told by its name. */
function userFilesOf(user: UserTexts | undefined, kind: 'reports' | 'observations') {
  return (user?.files ?? [])
    .filter((file) => file.kind === kind)
    .map((file) => ({ ...file, options: { delimiter: file.delimiter, onProgress: user?.onProgress && ((fraction: number) => user.onProgress!(file.name, fraction)) } }));
}

/**
 * Adds the report rows that pass to `reportById` (a duplicate id or a missing source is an issue) and
 * the paragraphs of their sources to `paragraphsByReport`. An analyst's report looks for its source among
 * their files first, then among the curated ones.
 */
function addReports(
  rows: readonly (Located<ReportRow> & RowOrigin)[],
  reportById: Map<string, Report>,
  paragraphsByReport: Map<string, Paragraph[]>,
  curated: Pick<DatasetTexts, 'sources'>,
  user: UserTexts | undefined,
  issues: DataIssue[],
): void {
  for (const row of rows) {
    if (reportById.has(row.report_id)) {
      issues.push(rowError(row, 'report_id', `duplicate report_id '${row.report_id}'`, 'duplicateReport', { id: row.report_id }));
      continue;
    }
    const source = row.origin ? (user?.sources[row.source_file] ?? curated.sources[row.source_file]) : curated.sources[row.source_file];
    if (source === undefined) {
      const where = row.origin ? 'among the loaded source files' : 'in data/sources/';
      issues.push(rowError(row, 'source_file', `source file '${row.source_file}' not found ${where}`, 'sourceMissing', { file: row.source_file }));
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
      ...(row.origin ? { origin: row.origin, file: row.file } : {}),
    });
    if (source !== undefined) paragraphsByReport.set(row.report_id, splitParagraphs(source));
  }
}

/**
 * A published dataset with an analyst's files joined to it: their rows get the very checks of
 * `buildDataset`, against the published reports and indicators and, where `sources` has them, the texts
 * of the published reports (a figure of theirs for a published report must be quoted from its text).
 */
export function joinUserData(curated: Dataset, sources: Record<string, string>, user: UserTexts): { dataset: Dataset; issues: DataIssue[] } {
  const parseIssues: DataIssue[] = [];
  const crossIssues: DataIssue[] = [];
  const reportById = new Map(curated.reportById);
  const paragraphsByReport = new Map(curated.paragraphsByReport);
  for (const report of curated.reports) {
    const source = sources[report.sourceFile];
    if (source !== undefined && !paragraphsByReport.has(report.id)) paragraphsByReport.set(report.id, splitParagraphs(source));
  }
  addReports(parseUserReports(user, parseIssues), reportById, paragraphsByReport, { sources }, user, crossIssues);
  const reader = createObservationReader({ reportIds: [...reportById.keys()], indicatorIds: curated.indicators.map((indicator) => indicator.id), paragraphs: paragraphsByReport });
  const base = (curated.observationByKey as ObservationTable).columns;
  for (let row = 0; row < base.count; row++) reader.claim(base.report[row], base.indicator[row]);
  for (const file of userFilesOf(user, 'observations')) reader.read(file.text, file.name, 'user', file.options);
  const observations = reader.finish();
  const dataset = datasetFromColumns([...reportById.values()], curated.indicators, curated.population, concatColumns(base, observations.columns), paragraphsByReport);
  return { dataset, issues: [...parseIssues, ...observations.parseIssues, ...crossIssues, ...observations.checkIssues] };
}

/**
 * The rows of `a`, then those of `b` (whose reports and indicators are numbered as `a`'s), each column in
 * the type that holds any of its values: a published column's narrow width may not hold the analyst's.
 */
function concatColumns(a: ObservationColumns, b: ObservationColumns): ObservationColumns {
  const joined = <T extends ColumnArray>(x: ArrayLike<number>, y: ArrayLike<number>, Type: new (length: number) => T): T => {
    const out = new Type(x.length + y.length);
    out.set(x);
    out.set(y, x.length);
    return out;
  };
  const moved = (rows: Int32Array) => rows.map((row) => row + a.count);
  return {
    count: a.count + b.count,
    ...(Object.fromEntries(NUMBER_COLUMN_NAMES.map((column) => [column, joined<ColumnArray>(a[column], b[column], NUMBER_COLUMNS[column])])) as Record<NumberColumn, ColumnArray>),
    quotes: [...a.quotes, ...b.quotes],
    noteRows: joined(a.noteRows, moved(b.noteRows), Int32Array),
    notes: [...a.notes, ...b.notes],
    notesZh: [...a.notesZh, ...b.notesZh],
    userRows: joined(a.userRows, moved(b.userRows), Int32Array),
    userFiles: [...a.userFiles, ...b.userFiles],
  };
}
