/**
 * The consistency findings of the dataset on screen. A published dataset has them computed already
 * (findings.json), fetched once the page is idle after drawing; any other dataset (one with the analyst's
 * files) is computed here.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Dataset } from '../data/dataset';
import { loadFindings } from '../data/loadDataset';
import { findInconsistencies, findingsOfReport, type Finding } from '../model/consistency';
import { chartQueue } from '../charts/chartQueue';
import { planUnpackFindings, type PublishedFindings } from '../model/publishedFindings';
import { QUEUE_ABOVE_REPORTS } from '../charts/useQueued';
import { whenIdle } from '../charts/whenIdle';

const NONE: Finding[] = [];
// At the latest: the findings list and the source panel's cross-checks should not wait for ever on a busy page.
const FINDINGS_WAIT_MS = 3000;

export function useFindings(dataset: Dataset | undefined): Finding[] {
  const published = dataset !== undefined && loadFindings.has(dataset);
  const computed = useMemo(() => (dataset && !published ? findInconsistencies(dataset) : NONE), [dataset, published]);
  const [arrived, setArrived] = useState<{ dataset: Dataset; findings: Finding[] }>();
  useEffect(() => {
    if (!dataset || !published) return;
    let current = true;
    let unpacking: (() => void)[] = [];
    const fetchFindings = () =>
      loadFindings.of(dataset).then(
        (packed) => {
          if (!current) return;
          // Unpacked a slice per task, after the charts: 130,000 findings at once held the page for half a second.
          const { steps, read } = planUnpackFindings(packed.head as PublishedFindings['head'], packed.bytes);
          const done = () => {
            const findings = read();
            performance.mark('dataset:findings');
            setArrived({ dataset, findings });
            // The index of findings by report, which the source panel reads, is built while the page is idle.
            whenIdle(() => findingsOfReport(findings, ''));
          };
          unpacking = [...steps, done].map((step) => chartQueue.add(step, true));
        },
        // Without its published findings, the dataset's own are computed.
        () => current && setArrived({ dataset, findings: findInconsistencies(dataset) }),
      );
    // A large dataset's are fetched once the page is idle, its first screen drawn; a small one's at once.
    let cancel = () => {};
    if (dataset.reports.length > QUEUE_ABOVE_REPORTS) cancel = whenIdle(fetchFindings, FINDINGS_WAIT_MS);
    else void fetchFindings();
    return () => {
      current = false;
      cancel();
      unpacking.forEach((cancelStep) => cancelStep());
    };
  }, [dataset, published]);
  if (!published) return computed;
  return arrived?.dataset === dataset ? arrived.findings : NONE;
}
