/** The reports and years a chart draws on, as one line: shown on the printed handout under each chart. */
import { useDeferredValue, useMemo } from 'react';
import { useApp } from '../../app/AppContext';
import { rowsOfKeys } from '../../model/buildExportTable';
import { indexDataset } from '../../model/datasetIndex';
import { buildSourceLine, describeSources } from './exportSources';

export function ChartSources({ keys }: { keys: string[] }) {
  const { dataset, t } = useApp();
  // Once per set of values, not on every render of the screen (a national chart has 2,850 of them), and
  // after the charts have followed a change: the line is only printed.
  const keyList = useDeferredValue(keys.join('\n'));
  const sources = useMemo(() => {
    const { rank } = indexDataset(dataset);
    return describeSources(rowsOfKeys(dataset, keyList.split('\n')), (report) => rank.get(report) ?? Number.MAX_SAFE_INTEGER);
  }, [dataset, keyList]);
  const line = useMemo(() => buildSourceLine(sources, t), [sources, t]);
  if (sources.reports.length === 0) return null;
  return <p className="chart-sources print-only">{line}</p>;
}
