/** Plain-language sentences for consistency findings, shared by the validator and the source panel. */
import type { Dataset } from '../data/dataset';
import type { Finding } from './consistency';

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

/** The same finding as one sentence in Chinese, for the interface. */
export function describeFindingZh(finding: Finding, dataset: Dataset): string {
  const report = dataset.reportById.get(finding.reportId);
  const indicator = dataset.indicatorById.get(finding.indicatorId);
  const where = `${report?.district ?? finding.reportId}${report ? ` ${report.year}` : ''}·${indicator?.nameZh ?? finding.indicatorId}`;
  if (finding.type === 'rate') {
    const verdict = finding.agreesRounded ? '一致' : finding.agreesTruncated ? '截断（非四舍五入）时一致' : '不一致';
    return `${where}：报告为 ${finding.reported}，按分项计算为 ${formatNumber(finding.recomputed)}，${verdict}。`;
  }
  const verdict =
    finding.relation === 'subset'
      ? '分项大于总数，数字不自洽'
      : finding.status === 'equal'
        ? '分项合计与总数相符'
        : finding.status === 'below'
          ? '分项合计小于总数（可能有未列出的分项）'
          : '分项合计大于总数，数字不自洽';
  return `${where}：总数 ${finding.reported}，分项合计 ${finding.partsSum}${finding.hedged ? '（含约数）' : ''}，${verdict}。`;
}
