/**
 * What an export says about where it comes from: the reports and years its values draw on, the date
 * of export, and a file name that names them. Pure, so the wording is tested without a browser.
 */
import type { Report } from '../../data/dataset';
import type { Lang, Messages } from '../../i18n/messages';
import { sortForDisplay } from '../../model/datasetIndex';
import { districtName } from '../../model/locale';
import type { TableRow } from '../../model/selectRows';

/** The reports behind a set of values, in the app's stable order, and their distinct years. */
export interface ExportSources {
  reports: Report[];
  years: number[];
}

/**
 * Collects the reports and years that the given rows draw on, in display order (province, district,
 * year: sortForDisplay). `rank`, when given, is each report's place in that order, known in advance (the
 * dataset's index), so thousands of reports sort by number.
 */
export function describeSources(rows: readonly Pick<TableRow, 'report'>[], rank?: (report: Report) => number): ExportSources {
  const distinct = [...new Map(rows.map((row) => [row.report.id, row.report])).values()];
  const reports = rank ? distinct.sort((a, b) => rank(a) - rank(b)) : sortForDisplay(distinct);
  const years = [...new Set(reports.map((report) => report.year))].sort((a, b) => a - b);
  return { reports, years };
}

/** How many reports a sources line names; a national chart draws on 2,850, which it counts instead. */
export const SOURCES_NAMED = 10;

/**
 * One line naming the reports by title and the year their figures describe: every one of them up to
 * SOURCES_NAMED, else the first ones in the app's order and how many more (the count is always all).
 */
export function buildSourceLine(sources: ExportSources, t: Messages): string {
  const named = sources.reports.slice(0, SOURCES_NAMED).map((report) => t.export.source(report.title, report.year, report.titleComposed));
  const more = sources.reports.length - named.length;
  const list = [...named, ...(more > 0 ? [t.export.moreSources(more)] : [])].join(t.export.listSeparator);
  return t.export.sources(t.export.years(sources.years), sources.reports.length, list);
}

/** The export date as YYYY-MM-DD in local time: the day the person exported, not the UTC day. */
export function formatExportDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

// Characters Windows, macOS or a shell refuse or misread in a file name, and control characters.
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_FILE_NAME = /[\\/:*?"<>|\u0000-\u001f\u007f]/g;
// A chart title can be long; the districts, years and date after it must survive in the name.
const MAX_WHAT_LENGTH = 60;

/** Cuts a text to at most `max` characters (code points, so never inside a character). */
function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max - 1).join('').trim()}…` : text;
}

/**
 * A file name that says what the file holds, for which districts and years, and when it was exported:
 * `调解纠纷 - 武江区、花都区 - 2020年 - 导出2025-06-01.png`.
 */
export function buildFileName(what: string, sources: ExportSources, date: string, extension: string, t: Messages, lang: Lang): string {
  const places = t.export.places([...new Set(sources.reports.map((report) => districtName(report, lang)))]);
  const name = t.export
    .fileName(truncate(what, MAX_WHAT_LENGTH), places, t.export.years(sources.years), date)
    .replace(UNSAFE_IN_FILE_NAME, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return `${name}.${extension}`;
}
