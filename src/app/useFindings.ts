/**
 * The consistency findings of the dataset on screen. A dataset the worker loaded gets them from the
 * worker, asked for once the page is idle (screens draw first); any other dataset is small, computed here.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Dataset } from '../data/dataset';
import { findInconsistencies, findingsOfReport, type Finding } from '../model/consistency';
import { askForFindings, findingsOf } from './loadDatasetOffThread';
import { whenIdle } from './whenIdle';

const NONE: Finding[] = [];
// At the latest: the findings list and the source panel's cross-checks should not wait for ever on a busy page.
const FINDINGS_WAIT_MS = 3000;

export function useFindings(dataset: Dataset | undefined): Finding[] {
  const pending = dataset && findingsOf(dataset);
  const computed = useMemo(() => (dataset && !pending ? findInconsistencies(dataset) : NONE), [dataset, pending]);
  const [arrived, setArrived] = useState<{ dataset: Dataset; findings: Finding[] }>();
  useEffect(() => {
    if (!dataset || !pending) return;
    // Asked for once the page is idle, its first screen drawn: the worker's work would slow the drawing.
    const ask = () => askForFindings(dataset);
    const cancelAsk = whenIdle(ask, FINDINGS_WAIT_MS);
    let current = true;
    pending.then((findings) => {
      if (!current) return;
      setArrived({ dataset, findings });
      // The index of findings by report, which the source panel reads, is built while the page is idle.
      whenIdle(() => findingsOfReport(findings, ''));
    });
    return () => {
      current = false;
      // A screen that changed before the page was idle asks again with the same dataset: no request is lost.
      cancelAsk();
    };
  }, [dataset, pending]);
  if (!pending) return computed;
  return arrived?.dataset === dataset ? arrived.findings : NONE;
}
