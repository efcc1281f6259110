/**
 * The accepted figures of a review as the curated files hold them: a row of reports.csv, the rows of
 * observations.csv and the report's text, under names that say which report they are. The same three
 * files are checked, joined to the person's data, or downloaded for data/.
 */
import Papa from 'papaparse';
import { DATA_FILES } from '../../data/schema';
import type { ReviewItem, ReviewState } from './reviewState';

/** One file as text, with its name. */
export interface NamedText {
  name: string;
  text: string;
}

export interface CurateFiles {
  reportId: string;
  reports: NamedText;
  observations: NamedText;
  source: NamedText;
  /** The accepted figures in the order of observations.csv: the figure on line n is items[n - 2]. */
  items: ReviewItem[];
}

/** Lower-case ASCII words joined by '-', as report ids are written. */
function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The report's id: its year and admin code, then its English name (`2021-999902-shiyan-district`). */
export function buildReportId(report: ReviewState['report']): string {
  return [report.year.trim(), report.adminCode.trim(), slug(report.districtEn)].filter(Boolean).join('-');
}

const columns = (file: keyof typeof DATA_FILES) => Object.keys(DATA_FILES[file].schema.shape);

/** CSV as the data folder writes it: a header, LF line ends, fields quoted only where they must be. */
function toCsv(file: keyof typeof DATA_FILES, rows: Record<string, string | number>[]): string {
  const fields = columns(file);
  return `${Papa.unparse({ fields, data: rows.map((row) => fields.map((field) => row[field] ?? '')) }, { newline: '\n' })}\n`;
}

/** The files of a review's accepted figures; `names` picks the files' names (those of the data folder for a download). */
export function buildCurateFiles(state: ReviewState, text: string, names: 'own' | 'data' = 'own'): CurateFiles {
  const { report } = state;
  const reportId = buildReportId(report);
  const sourceName = `${reportId}.txt`;
  const items = state.items.filter((item) => item.status === 'accepted');
  const reports = toCsv('reports', [
    {
      report_id: reportId,
      source_file: sourceName,
      admin_code: report.adminCode.trim(),
      province: report.province,
      city: report.city,
      district: report.district,
      district_en: report.districtEn,
      year: report.year.trim(),
      title: report.title,
      title_source: report.titleSource,
      script: report.script,
      note: '',
    },
  ]);
  const observations = toCsv(
    'observations',
    items.map((item) => ({ report_id: reportId, indicator_id: item.indicatorId, value: item.value, qualifier: item.qualifier, quote: item.quote, note: '', note_zh: '' })),
  );
  const prefix = names === 'own' ? `${reportId}-` : '';
  return {
    reportId,
    reports: { name: `${prefix}reports.csv`, text: reports },
    observations: { name: `${prefix}observations.csv`, text: observations },
    source: { name: sourceName, text },
    items,
  };
}
