/** Plain-language sentences for consistency findings, shared by the validator and the source panel. */
import type { Dataset } from '../data/dataset';
import { MESSAGES, type Lang } from '../i18n/messages';
import type { Finding } from './consistency';
import { districtName, indicatorName } from './locale';

/** One sentence saying what was recomputed and whether the report agrees with itself. */
export function describeFinding(finding: Finding, dataset: Dataset): string {
  const name = dataset.indicatorById.get(finding.indicatorId)?.nameZh ?? finding.indicatorId;
  const where = `${finding.reportId} ${finding.indicatorId} (${name})`;
  if (finding.type === 'rate') {
    const verdict = finding.agreesRounded
      ? 'agrees'
      : finding.agreesTruncated
        ? 'agrees only if truncated instead of rounded'
        : 'DISAGREES';
    return `${where}: reported ${finding.reported}, recomputed from its parts ${formatNumber(finding.recomputed)} → ${verdict}`;
  }
  const verdict =
    finding.relation === 'subset'
      ? 'a part EXCEEDS its total'
      : finding.status === 'equal'
        ? 'parts add up'
        : finding.status === 'below'
          ? 'parts cover part of the total'
          : 'parts EXCEED the total';
  return `${where}: total ${finding.reported}, parts sum to ${finding.partsSum}${finding.hedged ? ' (hedged figures)' : ''} → ${verdict}`;
}

function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(4);
}

/** The same finding as one sentence in the interface language. */
export function describeFindingText(finding: Finding, dataset: Dataset, lang: Lang = 'zh'): string {
  const text = MESSAGES[lang].finding;
  const report = dataset.reportById.get(finding.reportId);
  const indicator = dataset.indicatorById.get(finding.indicatorId);
  const where = report
    ? text.where(districtName(report, lang), report.year, indicator ? indicatorName(indicator, lang) : finding.indicatorId)
    : finding.reportId;
  if (finding.type === 'rate') {
    const verdict = finding.agreesRounded ? 'agrees' : finding.agreesTruncated ? 'truncated' : 'disagrees';
    return text.rate(where, finding.reported, formatNumber(finding.recomputed), verdict);
  }
  const verdict = finding.relation === 'subset' ? 'subset' : finding.status;
  return text.sum(where, finding.reported, finding.partsSum, finding.hedged, verdict);
}
