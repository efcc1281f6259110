/**
 * Text in, dataset and issues out: parses the four curated CSV files, checks every row against the
 * schemas, the other files and the source reports, and keeps every row that passes.
 *
 *   CSV text ──parseCsv──▶ rows ──checkReferences──▶ rows ──checkQuotes(sources)──▶ Dataset
 *                 └────────────── issues (file, line, column, reason) ─────────────┘
 */
import type { DataIssue } from './issue';
import type { Dataset, Indicator, Observation, Population, Report } from './dataset';
import { observationKey } from './dataset';
import { parseCsv } from './parseCsv';
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
}

const QUALIFIER_WORDS = { exact: 'no hedge', approx: '约/左右', at_least: '余/多/以上', at_most: '近/不足' } as const;

/** Parses and validates a whole dataset. Rows with errors are left out and reported. */
export function buildDataset(texts: DatasetTexts): { dataset: Dataset; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const parsed = {
    reports: parseCsv(texts.reports, DATA_FILES.reports.schema, DATA_FILES.reports.file),
    indicators: parseCsv(texts.indicators, DATA_FILES.indicators.schema, DATA_FILES.indicators.file),
    observations: parseCsv(texts.observations, DATA_FILES.observations.schema, DATA_FILES.observations.file),
    population: parseCsv(texts.population, DATA_FILES.population.schema, DATA_FILES.population.file),
  };
  for (const result of Object.values(parsed)) issues.push(...result.issues);
  const error = (file: string, line: number, column: string, message: string) =>
    issues.push({ file, line, column, message, severity: 'error' });

  const reportById = new Map<string, Report>();
  const paragraphsByReport = new Map<string, Paragraph[]>();
  for (const row of parsed.reports.rows) {
    if (reportById.has(row.report_id)) {
      error('reports.csv', row.line, 'report_id', `duplicate report_id '${row.report_id}'`);
      continue;
    }
    const source = texts.sources[row.source_file];
    if (source === undefined) {
      error('reports.csv', row.line, 'source_file', `source file '${row.source_file}' not found in data/sources/`);
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
    });
    paragraphsByReport.set(row.report_id, splitParagraphs(source));
  }

  const indicatorById = new Map<string, Indicator>();
  for (const row of parsed.indicators.rows) {
    if (indicatorById.has(row.indicator_id)) {
      error('indicators.csv', row.line, 'indicator_id', `duplicate indicator_id '${row.indicator_id}'`);
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
  for (const row of parsed.indicators.rows) {
    for (const column of ['parent_id', 'breakdown_of'] as const) {
      if (row[column] && !indicatorById.has(row[column])) error('indicators.csv', row.line, column, `unknown ${column} '${row[column]}'`);
    }
    for (const id of formulaReferences(row.formula)) {
      if (!indicatorById.has(id)) error('indicators.csv', row.line, 'formula', `formula names unknown indicator '${id}'`);
    }
  }

  const observationByKey = new Map<string, Observation>();
  const seenKeys = new Set<string>();
  for (const row of parsed.observations.rows) {
    const at = (column: string, message: string) => error('observations.csv', row.line, column, message);
    const report = reportById.get(row.report_id);
    if (!report) {
      at('report_id', `unknown report_id '${row.report_id}'`);
      continue;
    }
    if (!indicatorById.has(row.indicator_id)) {
      at('indicator_id', `unknown indicator_id '${row.indicator_id}'`);
      continue;
    }
    const key = observationKey(row.report_id, row.indicator_id);
    // A second row for the same figure is a duplicate even when the first was rejected for another reason.
    if (seenKeys.has(key)) {
      at('indicator_id', `duplicate row for report '${row.report_id}' and indicator '${row.indicator_id}'`);
      continue;
    }
    seenKeys.add(key);
    const paragraphs = paragraphsByReport.get(row.report_id)!;
    const location = locateQuote(paragraphs, row.quote);
    if (!location) {
      const count = paragraphs.reduce((sum, p) => sum + countOccurrences(p.text, row.quote), 0);
      at('quote', count === 0 ? `quote not found in report ${row.report_id}` : `quote occurs ${count} times in report ${row.report_id}; it must identify one place`);
      continue;
    }
    const written = findValueInQuote(row.quote, row.value);
    if (!written) {
      at('value', `value ${row.value} does not appear in the quote '${row.quote}'`);
      continue;
    }
    const hedge = hedgeAround(row.quote, written);
    if (hedge !== row.qualifier) {
      at('qualifier', `qualifier '${row.qualifier}' contradicts the quote, which reads as '${hedge}' (${QUALIFIER_WORDS[hedge]})`);
      continue;
    }
    observationByKey.set(key, {
      key,
      reportId: row.report_id,
      indicatorId: row.indicator_id,
      value: row.value,
      qualifier: row.qualifier,
      quote: row.quote,
      note: row.note,
      noteZh: row.note_zh,
      location,
      decimals: written.decimals,
      line: row.line,
    });
  }

  const populationByAdminCode = new Map<string, Population>();
  for (const row of parsed.population.rows) {
    if (populationByAdminCode.has(row.admin_code)) {
      error('population.csv', row.line, 'admin_code', `duplicate admin_code '${row.admin_code}'`);
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

  const dataset: Dataset = {
    reports: [...reportById.values()],
    indicators: [...indicatorById.values()],
    observations: [...observationByKey.values()],
    population: [...populationByAdminCode.values()],
    reportById,
    indicatorById,
    observationByKey,
    populationByAdminCode,
    paragraphsByReport,
  };
  return { dataset, issues };
}
