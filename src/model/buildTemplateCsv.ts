/**
 * The blank files an analyst fills in to load their own figures: the header of reports.csv and of
 * observations.csv, column for column as their schemas define them (so a template can never drift from
 * what the files screen accepts).
 */
import { buildCsv } from './buildCsv';
import { DATA_FILES } from '../data/schema';

/** The files an analyst may load (readUserFile), each with a template. */
export const TEMPLATE_FILES = ['reports', 'observations'] as const;

/** The columns of a file, in its schema's order. */
export function templateHeader(kind: (typeof TEMPLATE_FILES)[number]): string[] {
  return Object.keys(DATA_FILES[kind].schema.shape);
}

/** The template's CSV text: the header alone (UTF-8 with BOM, as Excel and WPS need it). */
export function buildTemplateCsv(kind: (typeof TEMPLATE_FILES)[number]): string {
  return buildCsv(templateHeader(kind), []);
}
