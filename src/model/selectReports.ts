/** Which reports a view compares: the filters of year, province and districts applied to the dataset. */
import type { Dataset, Report } from '../data/dataset';
import type { Lang } from '../i18n/messages';
import type { YearFilter } from '../url/viewState';
import { districtName } from './locale';

export interface ReportFilter {
  year: YearFilter;
  province: string | null;
  districts: string[];
}

/**
 * Selects the reports to compare, in a stable order (province, then district). With year `latest`, each
 * district contributes its most recent report; unknown provinces or districts simply match nothing.
 */
export function selectReports(dataset: Dataset, filter: ReportFilter): Report[] {
  const inPlace = dataset.reports.filter(
    (report) =>
      (filter.province === null || report.province === filter.province) &&
      (filter.districts.length === 0 || filter.districts.includes(report.adminCode)),
  );
  let chosen = inPlace;
  if (filter.year === 'latest') {
    const latest = new Map<string, Report>();
    for (const report of inPlace) {
      const current = latest.get(report.adminCode);
      if (!current || report.year > current.year) latest.set(report.adminCode, report);
    }
    chosen = [...latest.values()];
  } else if (typeof filter.year === 'number') {
    chosen = inPlace.filter((report) => report.year === filter.year);
  }
  return [...chosen].sort(
    (a, b) => a.province.localeCompare(b.province, 'zh') || a.district.localeCompare(b.district, 'zh') || a.year - b.year,
  );
}

/** The distinct years of a set of reports, ascending. */
export function yearsOf(reports: readonly Report[]): number[] {
  return [...new Set(reports.map((report) => report.year))].sort((a, b) => a - b);
}

/** A district's label with its year, as charts show it (`武江区 2020`, `Wujiang District 2020`). */
export function labelReport(report: Report, lang: Lang = 'zh'): string {
  return `${districtName(report, lang)} ${report.year}`;
}
