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
 * is kept (observationReader.ts). `startDatasetBuild` is that streaming form; `buildDataset` feeds it whole texts.
 */
import type { DataIssue, IssueCode, IssueParams } from './issue';
import type { Dataset, Indicator, Population, Report } from './dataset';
import { parseCsv, type CsvOptions } from './parseCsv';
import { createSuggester } from './nearestId';
import { tagRows, type RowOrigin, type UserTexts } from './userTexts';
import { DATA_FILES } from './schema';
import { datasetFromColumns } from './columnDataset';
import { createObservationReader, rowError, type ObservationFrame, type ObservationReader } from './observationReader';
import { splitParagraphs, type Paragraph } from './paragraphs';
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

/** The curated files but observations.csv, which is read as a stream (see `DatasetBuild.observations`). */
export type DatasetFrame = Omit<DatasetTexts, 'observations'>;

/** A dataset being built: its observation files are fed in, then `finish` gives the dataset and its issues. */
export interface DatasetBuild {
  /** Its observation files are read, and a part read elsewhere joined, as an ObservationReader's (observationReader.ts). */
  observations: ObservationReader['observations'];
  addPart: ObservationReader['addPart'];
  /** What a part read elsewhere is checked against (`createObservationReader`): known once the small files are parsed. */
  observationFrame(): ObservationFrame;
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
  const populationParseIssues: DataIssue[] = [];
  const population = parse(texts.population, DATA_FILES.population.schema, DATA_FILES.population.file, populationParseIssues);
  const crossIssues: DataIssue[] = [];
  const populationIssues: DataIssue[] = [];
  const error = (to: DataIssue[], row: RowOrigin, column: string, message: string, code: IssueCode, params: IssueParams) => to.push(rowError(row, column, message, code, params));
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

  const observationFrame: ObservationFrame = { reportIds: [...reportById.keys()], indicatorIds: [...indicatorById.keys()], paragraphs: paragraphsByReport };
  const reader = createObservationReader(observationFrame, suggest);

  let frame: { reports: Report[]; population: Population[] } | undefined;
  return {
    observations: (file, origin, options) => reader.observations(file, origin, options),
    addPart: (part, file, lineOffset) => reader.addPart(part, file, lineOffset),
    observationFrame: () => observationFrame,
    frameRecords() {
      frame ??= { reports: [...reportById.values()], population: [...populationByAdminCode.values()] };
      return frame;
    },
    finish() {
      const { reports, population } = this.frameRecords();
      const observations = reader.finish();
      const dataset = datasetFromColumns(reports, [...indicatorById.values()], population, observations.columns, paragraphsByReport);
      const issues: DataIssue[] = [];
      // One by one: spreading a hundred thousand issues into push() would overflow the call stack.
      for (const part of [parseIssues, observations.parseIssues, populationParseIssues, crossIssues, observations.checkIssues, populationIssues]) for (const issue of part) issues.push(issue);
      return { dataset, issues };
    },
  };
}
