/**
 * Search across the reports' text. Both the query and the text pass through `normalise` (Traditional →
 * Simplified once the converter is loaded), so 調解 finds 调解 and the other way round.
 */
import type { Dataset, Report } from '../data/dataset';
import { reportParagraphs } from '../data/reportTexts';

export interface ReportMatch {
  report: Report;
  paragraphIndex: number;
  /** Where the match starts and ends in the paragraph's text. */
  start: number;
  end: number;
}

/** How many matches a search lists at most. */
export const SEARCH_LIMIT = 50;

/** Every paragraph containing `query` in the reports' texts at hand, at most `limit` matches, in report then paragraph order. */
export function searchReports(dataset: Dataset, query: string, normalise: (text: string) => string = (text) => text, limit = SEARCH_LIMIT): ReportMatch[] {
  const needle = normalise(query.trim());
  if (needle === '') return [];
  const matches: ReportMatch[] = [];
  for (const report of dataset.reports) {
    for (const paragraph of reportParagraphs(dataset, report.id) ?? []) {
      // The converter maps character for character here, so offsets in the converted text hold in the original.
      const at = normalise(paragraph.text).indexOf(needle);
      if (at === -1) continue;
      matches.push({ report, paragraphIndex: paragraph.index, start: at, end: at + needle.length });
      if (matches.length >= limit) return matches;
    }
  }
  return matches;
}
