/** Which district a chart's category label names: `武江区 2020`, `12. 武江区 2020` at a ranking's ends, `… （未报告）`. */
import type { Report } from '../../data/dataset';
import type { Lang } from '../../i18n/messages';
import { escapeRich } from '../../charts/escape';
import { labelReport } from '../../model/selectReports';

/** The admin code of the report in `reports` whose label `label` is, or undefined. */
export function districtOfLabel(reports: readonly Report[], label: string, lang: Lang): string | undefined {
  // A long ranking numbers its rows (rankLabel); the label itself is the report's, escaped for rich text.
  const bare = label.replace(/^[0-9]+\. /, '');
  return reports.find((report) => escapeRich(labelReport(report, lang)) === bare)?.adminCode;
}
