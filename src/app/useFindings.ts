/**
 * The consistency findings of the dataset on screen. A dataset the worker loaded gets them from the
 * worker once it has computed them (screens draw first); any other dataset is small, computed here.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Dataset } from '../data/dataset';
import { findInconsistencies, findingsOfReport, type Finding } from '../model/consistency';
import { findingsOf } from './loadDatasetOffThread';

const NONE: Finding[] = [];

export function useFindings(dataset: Dataset | undefined): Finding[] {
  const pending = dataset && findingsOf(dataset);
  const computed = useMemo(() => (dataset && !pending ? findInconsistencies(dataset) : NONE), [dataset, pending]);
  const [arrived, setArrived] = useState<{ dataset: Dataset; findings: Finding[] }>();
  useEffect(() => {
    if (!dataset || !pending) return;
    let current = true;
    pending.then((findings) => {
      if (!current) return;
      setArrived({ dataset, findings });
      // The index of findings by report, which the source panel reads, is built while the page is idle.
      const build = () => findingsOfReport(findings, '');
      if (typeof requestIdleCallback === 'function') requestIdleCallback(build);
      else setTimeout(build, 0);
    });
    return () => {
      current = false;
    };
  }, [dataset, pending]);
  if (!pending) return computed;
  return arrived?.dataset === dataset ? arrived.findings : NONE;
}
