/**
 * The one definition of a valid row for every curated file. The browser and the command-line validator
 * both parse through these schemas, so "valid" means the same thing everywhere.
 */
import { z } from 'zod';
import { DOMAINS, KINDS, QUALIFIERS, SCRIPTS, TITLE_SOURCES } from './vocabulary';

export { DOMAINS, KINDS, QUALIFIERS, SCRIPTS, TITLE_SOURCES };
export type { Domain, Kind, Qualifier } from './vocabulary';

/**
 * The sentence each field rule reports (in English, for the command line), by the issue code the
 * interface translates it with. Kept in one table so the two can never drift apart.
 */
export const SCHEMA_MESSAGES = {
  empty: 'is empty',
  notSnakeCase: 'must be snake_case (a-z, 0-9, _)',
  notReportId: 'must look like 2020-province-city-district',
  notTxtName: 'must be a .txt file name',
  notAdminCode: 'must be a 6-digit GB/T 2260 code',
  notYear: 'is not a year',
  notNumber: 'is not a plain number',
  notWholeNumber: 'is not a whole number',
  notDate: 'is not a date (YYYY-MM-DD)',
} as const;

const text = z.string().trim().min(1, SCHEMA_MESSAGES.empty);
/** Text of a given form, trimmed; `message` says what the form is. */
const matching = (pattern: RegExp, message: string) => z.string().trim().regex(pattern, message);
const optionalText = z.string().trim().default('');
/** Optional text that a file may also leave out as a column (note_zh, for analysts' rows). */
const optionalColumnText = z.string().trim().optional().default('');
const snakeId = matching(/^[a-z][a-z0-9_]*$/, SCHEMA_MESSAGES.notSnakeCase);
const reportId = matching(/^[0-9]{4}-[a-z0-9-]+$/, SCHEMA_MESSAGES.notReportId);
/** A source report's file name (reports.csv's source_file). */
export const SOURCE_FILE = /^[A-Za-z0-9._-]+\.txt$/;
const sourceFile = matching(SOURCE_FILE, SCHEMA_MESSAGES.notTxtName);
const adminCode = matching(/^[0-9]{6}$/, SCHEMA_MESSAGES.notAdminCode);
/** A plain decimal number written as text, the way CSV carries it ("98.79", "-3.5", "0"). */
const plainNumber = matching(/^-?[0-9]+(\.[0-9]+)?$/, SCHEMA_MESSAGES.notNumber).transform(Number);

function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: (issue) => `must be one of ${values.join(', ')} (got '${String(issue.input)}')` });
}

export const reportRowSchema = z.object({
  report_id: reportId,
  source_file: sourceFile,
  admin_code: adminCode,
  province: text,
  city: text,
  district: text,
  district_en: text,
  year: matching(/^(19|20)[0-9]{2}$/, SCHEMA_MESSAGES.notYear).transform(Number),
  title: text,
  title_source: oneOf(TITLE_SOURCES),
  script: oneOf(SCRIPTS),
  note: optionalText,
});

export const indicatorRowSchema = z.object({
  indicator_id: snakeId,
  domain: oneOf(DOMAINS),
  name_zh: text,
  name_en: text,
  unit: text,
  kind: oneOf(KINDS),
  definition_zh: text,
  definition_en: text,
  formula: optionalText,
  parent_id: z.union([snakeId, z.literal('')]).default(''),
  breakdown_of: z.union([snakeId, z.literal('')]).default(''),
});

export const observationRowSchema = z.object({
  report_id: reportId,
  indicator_id: snakeId,
  value: plainNumber,
  qualifier: oneOf(QUALIFIERS),
  quote: text,
  note: optionalText,
  /** The note in Chinese, for the Chinese interface; optional for rows loaded by analysts. */
  note_zh: optionalColumnText,
});

export const populationRowSchema = z.object({
  admin_code: adminCode,
  province: text,
  city: text,
  district: text,
  population: matching(/^[0-9]+$/, SCHEMA_MESSAGES.notWholeNumber).transform(Number),
  reference_date: matching(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/, SCHEMA_MESSAGES.notDate),
  source: text,
  note: optionalText,
});

export type ReportRow = z.output<typeof reportRowSchema>;
export type IndicatorRow = z.output<typeof indicatorRowSchema>;
export type ObservationRow = z.output<typeof observationRowSchema>;
export type PopulationRow = z.output<typeof populationRowSchema>;

/** Columns a file may leave out; every other column of a schema is required in the header. */
export const OPTIONAL_COLUMNS: ReadonlySet<string> = new Set(['note_zh']);

/** The curated files, each with its schema, in the order they are loaded. */
export const DATA_FILES = {
  reports: { file: 'reports.csv', schema: reportRowSchema },
  indicators: { file: 'indicators.csv', schema: indicatorRowSchema },
  observations: { file: 'observations.csv', schema: observationRowSchema },
  population: { file: 'population.csv', schema: populationRowSchema },
} as const;
