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
