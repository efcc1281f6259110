/** Where a report's own figures were recomputed: rates from their parts, totals from their breakdowns. */
import { memo, useMemo } from 'react';
import { useApp } from '../AppContext';
import type { Dataset, Report } from '../../data/dataset';
import type { Lang, Messages } from '../../i18n/messages';
import { isDisagreement, type Finding } from '../../model/consistency';
import { describeFindingText } from '../../model/describeFinding';

/** The most findings listed at once. */
const FINDINGS_SHOWN = 30;

export function FindingsList({ reports }: { reports: Report[] }) {
  const { dataset, findings, lang, t, openSource } = useApp();
  const { selected, shown, disagreeing } = useMemo(() => {
    const ids = new Set(reports.map((report) => report.id));
    const selected = findings.filter((finding) => ids.has(finding.reportId));
    const disagreeing = selected.filter(isDisagreement);
    // Across a province or the country there are thousands: those that disagree first, and a count of the rest.
    const shown = selected.length <= FINDINGS_SHOWN ? selected : [...disagreeing, ...selected.filter((finding) => !isDisagreement(finding))].slice(0, FINDINGS_SHOWN);
    return { selected, shown, disagreeing: disagreeing.length };
  }, [findings, reports]);
  if (selected.length === 0) return null;
  return <FindingsShown shown={shown} selected={selected.length} disagreeing={disagreeing} dataset={dataset} lang={lang} t={t} openSource={openSource} />;
}

interface FindingsShownProps {
  shown: Finding[];
  selected: number;
  disagreeing: number;
  dataset: Dataset;
  lang: Lang;
  t: Messages;
  openSource: (key: string) => void;
}

/** The list itself; memoized, so a filter change does not write it again before the charts follow. */
const FindingsShown = memo(function FindingsShown({ shown, selected, disagreeing, dataset, lang, t, openSource }: FindingsShownProps) {
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
      {shown.length < selected && <p className="list-more">{t.scale.moreFindings(shown.length, selected, disagreeing)}</p>}
    </section>
  );
});
