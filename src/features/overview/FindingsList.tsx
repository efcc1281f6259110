/** Where a report's own figures were recomputed: rates from their parts, totals from their breakdowns. */
import { useApp } from '../../app/AppContext';
import type { Report } from '../../data/dataset';
import { isDisagreement } from '../../model/consistency';
import { describeFindingText } from '../../model/describeFinding';

export function FindingsList({ reports }: { reports: Report[] }) {
  const { dataset, findings, lang, t, openSource } = useApp();
  const ids = new Set(reports.map((report) => report.id));
  const shown = findings.filter((finding) => ids.has(finding.reportId));
  if (shown.length === 0) return null;
  return (
    <section className="findings" aria-labelledby="findings-title">
      <h3 id="findings-title">{t.overview.findingsTitle}</h3>
      <p className="screen-summary">{t.overview.findingsSummary}</p>
      <ul>
        {shown.map((finding) => {
          const key = `${finding.reportId}/${finding.indicatorId}`;
          return (
            <li key={`${finding.type}-${key}`} className={isDisagreement(finding) ? 'finding-disagrees' : 'finding-agrees'}>
              <span className="finding-mark" aria-hidden="true">
                {isDisagreement(finding) ? '⚠' : '✓'}
              </span>
              <button type="button" className="link-button" onClick={() => openSource(key)}>
                {describeFindingText(finding, dataset, lang)}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
