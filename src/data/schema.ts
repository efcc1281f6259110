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
const optionalText = z.string().trim().default('');
/** Optional text that a file may also leave out as a column (note_zh, for analysts' rows). */
const optionalColumnText = z.string().trim().optional().default('');
const snakeId = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_]*$/, SCHEMA_MESSAGES.notSnakeCase);
const REPORT_ID = /^[0-9]{4}-[a-z0-9-]+$/;
const reportId = z.string().trim().regex(REPORT_ID, SCHEMA_MESSAGES.notReportId);
/** A source report's file name (reports.csv's source_file). */
export const SOURCE_FILE = /^[A-Za-z0-9._-]+\.txt$/;
const sourceFile = z.string().trim().regex(SOURCE_FILE, SCHEMA_MESSAGES.notTxtName);
const ADMIN_CODE = /^[0-9]{6}$/;
const adminCode = z.string().trim().regex(ADMIN_CODE, SCHEMA_MESSAGES.notAdminCode);
/** A plain decimal number written as text, the way CSV carries it ("98.79", "-3.5", "0"). */
const plainNumber = z
  .string()
  .trim()
  .regex(/^-?[0-9]+(\.[0-9]+)?$/, SCHEMA_MESSAGES.notNumber)
  .transform(Number);

/** What a quick check returns when it cannot tell: the rule itself then decides. */
export const UNDECIDED: unique symbol = Symbol('undecided');
/** A field's value as its schema would give it for a valid field, or UNDECIDED. */
export type QuickCheck = (text: string) => unknown;

/**
 * Whether `trim` surely leaves a character in place: printable ASCII, or anything above U+3000 but the
 * byte-order mark. Every character `trim` removes is at most U+3000 or is the byte-order mark, so this
 * holds without listing them; the rare field that opens or ends otherwise (“, a space) goes to the schema.
 */
function keptByTrim(code: number): boolean {
  return (code > 32 && code < 127) || (code > 0x3000 && code !== 0xfeff);
}

/** A field `trim` leaves as it is: not empty, and no character it could remove at either end. */
function trimmed(text: string): boolean {
  return text.length > 0 && keptByTrim(text.charCodeAt(0)) && keptByTrim(text.charCodeAt(text.length - 1));
}

/** Whether a field is a plain decimal number, /^-?[0-9]+(\.[0-9]+)?$/, read one character at a time. */
function isPlainNumber(text: string): boolean {
  let at = text.charCodeAt(0) === 45 ? 1 : 0;
  const digitsFrom = at;
  while (at < text.length && text.charCodeAt(at) >= 48 && text.charCodeAt(at) <= 57) at++;
  if (at === digitsFrom) return false;
  if (at === text.length) return true;
  if (text.charCodeAt(at) !== 46) return false;
  const decimalsFrom = ++at;
  while (at < text.length && text.charCodeAt(at) >= 48 && text.charCodeAt(at) <= 57) at++;
  return at > decimalsFrom && at === text.length;
}

/**
 * The field rules of schema.ts that most rows meet, written out by hand for the values every row brings
 * anew: a national observations.csv has a different quote and often a different value on each of its
 * 680,000 rows, and zod's `safeParse` with its result objects was a good part of the reading time. Each
 * check accepts only fields the rule surely accepts, with the value the rule gives; it leaves every other
 * field (an empty quote, one with spaces around it, "1e5") to the schema, which reports it in its words.
 * They sit here, beside the rules they copy: a rule changed above needs its check changed with it
 * (createRowParser.test.ts compares each with zod on awkward fields).
 */
const QUICK_CHECKS = new Map<z.ZodType, QuickCheck>([
  // Text that must not be empty: a field trim leaves alone is its own value.
  [text, (field) => (trimmed(field) ? field : UNDECIDED)],
  // Optional text: the same, or empty.
  [optionalText, (field) => (field === '' || trimmed(field) ? field : UNDECIDED)],
  [optionalColumnText, (field) => (field === '' || trimmed(field) ? field : UNDECIDED)],
  // A plain number; such a field has nothing for trim to remove.
  [plainNumber, (field) => (isPlainNumber(field) ? Number(field) : UNDECIDED)],
  // Ids and names whose pattern leaves no room for white space: a field it matches is its own value. Each
  // of 17,000 reports brings its own, and the pattern alone costs a fraction of the rule's call.
  [reportId, (field) => (REPORT_ID.test(field) ? field : UNDECIDED)],
  [sourceFile, (field) => (SOURCE_FILE.test(field) ? field : UNDECIDED)],
  [adminCode, (field) => (ADMIN_CODE.test(field) ? field : UNDECIDED)],
]);

/**
 * The quick check of a required text field given as UTF-16 code units, units[0..length): whether the
 * field is its own value, as `trimmed` tells of its text. For the quotes of observations.csv, which are
 * read as code units and made text only when shown (observationReader.ts).
 */
function trimmedUnits(units: Uint16Array, length: number): boolean {
  return length > 0 && keptByTrim(units[0]) && keptByTrim(units[length - 1]);
}

/** The quick check on code units of a field rule, if it has one: only `text`'s (see trimmedUnits). */
export function unitsCheckOf(rule: z.ZodType): ((units: Uint16Array, length: number) => boolean) | undefined {
  return rule === text ? trimmedUnits : undefined;
}

/** The quick check of a field rule, if it has one (createRowParser uses it before the rule). */
export function quickCheckOf(rule: z.ZodType): QuickCheck | undefined {
  return QUICK_CHECKS.get(rule);
}

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
  year: z
    .string()
    .trim()
    .regex(/^(19|20)[0-9]{2}$/, SCHEMA_MESSAGES.notYear)
    .transform(Number),
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
  population: z
    .string()
    .trim()
    .regex(/^[0-9]+$/, SCHEMA_MESSAGES.notWholeNumber)
    .transform(Number),
  reference_date: z
    .string()
    .trim()
    .regex(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/, SCHEMA_MESSAGES.notDate),
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
