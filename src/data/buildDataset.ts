/**
 * Text in, dataset and issues out: parses the four curated CSV files, checks every row against the
 * schemas, the other files and the source reports, and keeps every row that passes.
 *
 *   CSV text ──parseCsv──▶ rows ──checkReferences──▶ rows ──checkQuotes(sources)──▶ Dataset
 *                 └────────────── issues (file, line, column, reason) ─────────────┘
 *
 * An analyst's own reports and observations go through the very same checks, after the curated rows,
 * and come out marked `origin: 'user'` (rows and issues alike).
 */
import type { DataIssue, IssueCode, IssueParams } from './issue';
import type { Dataset, Indicator, Observation, Population, Report } from './dataset';
import { observationKey } from './dataset';
import { parseCsv } from './parseCsv';
import { createSuggester } from './nearestId';
import { tagRows, type RowOrigin, type UserCsv, type UserTexts } from './userTexts';
import { DATA_FILES } from './schema';
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

/** Parses and validates a whole dataset, the analyst's files after the curated ones. Rows with errors are left out and reported. */
export function buildDataset(texts: DatasetTexts, user?: UserTexts): { dataset: Dataset; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const parse = <S extends (typeof DATA_FILES)[keyof typeof DATA_FILES]['schema']>(text: string, schema: S, file: string) =>
    tagRows(parseCsv(text, schema, file), file, issues);
  const userRows = <S extends typeof DATA_FILES.reports.schema | typeof DATA_FILES.observations.schema>(kind: UserCsv['kind'], schema: S) =>
    (user?.files ?? [])
      .filter((file) => file.kind === kind)
      .flatMap((file) => {
        const onProgress = user?.onProgress && ((fraction: number) => user.onProgress!(file.name, fraction));
        return tagRows(parseCsv(file.text, schema, file.name, { delimiter: file.delimiter, onProgress }), file.name, issues, 'user');
      });
  const parsed = {
    reports: [...parse(texts.reports, DATA_FILES.reports.schema, DATA_FILES.reports.file), ...userRows('reports', DATA_FILES.reports.schema)],
    indicators: parse(texts.indicators, DATA_FILES.indicators.schema, DATA_FILES.indicators.file),
    observations: [
      ...parse(texts.observations, DATA_FILES.observations.schema, DATA_FILES.observations.file),
      ...userRows('observations', DATA_FILES.observations.schema),
    ],
    population: parse(texts.population, DATA_FILES.population.schema, DATA_FILES.population.file),
  };
  const error = (row: RowOrigin, column: string, message: string, code: IssueCode, params: IssueParams) =>
    issues.push({ file: row.file, line: row.line, column, message, severity: 'error', code, params, ...(row.origin ? { origin: row.origin } : {}) });
  const suggest = createSuggester();
  const mark = (row: RowOrigin) => (row.origin ? { origin: row.origin, file: row.file } : {});

  const reportById = new Map<string, Report>();
  const paragraphsByReport = new Map<string, Paragraph[]>();
  for (const row of parsed.reports) {
    if (reportById.has(row.report_id)) {
      error(row, 'report_id', `duplicate report_id '${row.report_id}'`, 'duplicateReport', { id: row.report_id });
      continue;
    }
    const source = row.origin ? (user?.sources[row.source_file] ?? texts.sources[row.source_file]) : texts.sources[row.source_file];
    if (source === undefined && !(texts.sourcesDeferred && !row.origin)) {
      const where = row.origin ? 'among the loaded source files' : 'in data/sources/';
      error(row, 'source_file', `source file '${row.source_file}' not found ${where}`, 'sourceMissing', { file: row.source_file });
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
      error(row, 'indicator_id', `duplicate indicator_id '${row.indicator_id}'`, 'duplicateIndicator', { id: row.indicator_id });
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
      if (row[column] && !indicatorById.has(row[column])) error(row, column, `unknown ${column} '${row[column]}'`, 'unknownReference', suggest(row[column], indicatorById));
    }
    for (const id of formulaReferences(row.formula)) {
      if (!indicatorById.has(id)) error(row, 'formula', `formula names unknown indicator '${id}'`, 'unknownFormulaReference', suggest(id, indicatorById));
    }
  }

  const observations: Observation[] = [];
  // Which report × indicator pairs have had a row: numbers, not a set of 680,000 key strings.
  const reportNumber = new Map([...reportById.keys()].map((id, i) => [id, i]));
  const indicatorNumber = new Map([...indicatorById.keys()].map((id, i) => [id, i]));
  const seen = new Uint8Array(reportNumber.size * indicatorNumber.size);
  for (const row of parsed.observations) {
    const at = (column: string, message: string, code: IssueCode, params: IssueParams) => error(row, column, message, code, params);
    const report = reportNumber.get(row.report_id);
    if (report === undefined) {
      at('report_id', `unknown report_id '${row.report_id}'`, 'unknownReport', suggest(row.report_id, reportById));
      continue;
    }
    const indicator = indicatorNumber.get(row.indicator_id);
    if (indicator === undefined) {
      at('indicator_id', `unknown indicator_id '${row.indicator_id}'`, 'unknownIndicator', suggest(row.indicator_id, indicatorById));
      continue;
    }
    const key = observationKey(row.report_id, row.indicator_id);
    const cell = report * indicatorNumber.size + indicator;
    // A second row for the same figure is a duplicate even when the first was rejected for another reason.
    if (seen[cell]) {
      at('indicator_id', `duplicate row for report '${row.report_id}' and indicator '${row.indicator_id}'`, 'duplicateObservation', { report: row.report_id, indicator: row.indicator_id });
      continue;
    }
    seen[cell] = 1;
    const paragraphs = paragraphsByReport.get(row.report_id);
    const location = paragraphs && locateQuote(paragraphs, row.quote);
    if (paragraphs && !location) {
      const count = paragraphs.reduce((sum, p) => sum + countOccurrences(p.text, row.quote), 0);
      if (count === 0) at('quote', `quote not found in report ${row.report_id}`, 'quoteNotFound', { report: row.report_id, quote: row.quote });
      else at('quote', `quote occurs ${count} times in report ${row.report_id}; it must identify one place`, 'quoteAmbiguous', { report: row.report_id, count });
      continue;
    }
    const written = findValueInQuote(row.quote, row.value);
    if (!written) {
      at('value', `value ${row.value} does not appear in the quote '${row.quote}'`, 'valueNotInQuote', { value: row.value, quote: row.quote });
      continue;
    }
    const hedge = hedgeAround(row.quote, written);
    if (hedge !== row.qualifier) {
      at('qualifier', `qualifier '${row.qualifier}' contradicts the quote, which reads as '${hedge}' (${QUALIFIER_WORDS[hedge]})`, 'qualifierContradicts', {
        qualifier: row.qualifier,
        hedge,
      });
      continue;
    }
    // Plain properties, set only when present: a spread per row costs seconds over 680,000 rows.
    const observation: Observation = {
      key,
      reportId: row.report_id,
      indicatorId: row.indicator_id,
      value: row.value,
      qualifier: row.qualifier,
      quote: row.quote,
      note: row.note,
      noteZh: row.note_zh,
      decimals: written.decimals,
      line: row.line,
    };
    if (location) observation.location = location;
    if (row.origin) {
      observation.origin = row.origin;
      observation.file = row.file;
    }
    observations.push(observation);
  }

  const populationByAdminCode = new Map<string, Population>();
  for (const row of parsed.population) {
    if (populationByAdminCode.has(row.admin_code)) {
      error(row, 'admin_code', `duplicate admin_code '${row.admin_code}'`, 'duplicatePopulation', { id: row.admin_code });
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

  // The map by key is made when first read: a worker that packs the observations as columns never reads it,
  // and 680,000 keys cost it a third of a second.
  let observationByKey: Map<string, Observation> | undefined;
  const dataset: Dataset = {
    reports: [...reportById.values()],
    indicators: [...indicatorById.values()],
    observations,
    population: [...populationByAdminCode.values()],
    reportById,
    indicatorById,
    get observationByKey() {
      observationByKey ??= new Map(observations.map((observation) => [observation.key, observation]));
      return observationByKey;
    },
    populationByAdminCode,
    paragraphsByReport,
  };
  return { dataset, issues };
}
