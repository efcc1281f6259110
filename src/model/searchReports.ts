/**
 * Search across the reports' text. Both the query and the text pass through `normalise` (Traditional →
 * Simplified once the converter is loaded), so 調解 finds 调解 and the other way round.
 */
import type { Dataset, Report } from '../data/dataset';

export interface ReportMatch {
  report: Report;
  paragraphIndex: number;
  /** Where the match starts and ends in the paragraph's text. */
  start: number;
  end: number;
}

/** Every paragraph containing `query`, at most `limit` matches, in report then paragraph order. */
export function searchReports(dataset: Dataset, query: string, normalise: (text: string) => string = (text) => text, limit = 50): ReportMatch[] {
  const needle = normalise(query.trim());
  if (needle === '') return [];
  const matches: ReportMatch[] = [];
  for (const report of dataset.reports) {
    for (const paragraph of dataset.paragraphsByReport.get(report.id) ?? []) {
      // The converter maps character for character here, so offsets in the converted text hold in the original.
      const at = normalise(paragraph.text).indexOf(needle);
      if (at === -1) continue;
      matches.push({ report, paragraphIndex: paragraph.index, start: at, end: at + needle.length });
      if (matches.length >= limit) return matches;
    }
  }
  return matches;
}
