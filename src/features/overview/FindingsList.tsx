/** Where a report's own figures were recomputed: rates from their parts, totals from their breakdowns. */
import { useApp } from '../../app/AppContext';
import type { Report } from '../../data/dataset';
import { isDisagreement } from '../../model/consistency';
import { describeFindingZh } from '../../model/describeFinding';

export function FindingsList({ reports }: { reports: Report[] }) {
  const { dataset, findings, openSource } = useApp();
  const ids = new Set(reports.map((report) => report.id));
  const shown = findings.filter((finding) => ids.has(finding.reportId));
  if (shown.length === 0) return null;
  return (
    <section className="findings" aria-labelledby="findings-title">
      <h3 id="findings-title">报告数字的自洽核算</h3>
      <p className="screen-summary">报告同时给出比率与分项、总数与分类时，按分项重新计算。报告公布的数字照录；核算结果仅供参考。</p>
      <ul>
        {shown.map((finding) => {
          const key = `${finding.reportId}/${finding.indicatorId}`;
          return (
            <li key={`${finding.type}-${key}`} className={isDisagreement(finding) ? 'finding-disagrees' : 'finding-agrees'}>
              <span className="finding-mark" aria-hidden="true">
                {isDisagreement(finding) ? '⚠' : '✓'}
              </span>
              <button type="button" className="link-button" onClick={() => openSource(key)}>
                {describeFindingZh(finding, dataset)}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
