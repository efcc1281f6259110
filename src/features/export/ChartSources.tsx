/** The reports and years a chart draws on, as one line: shown on the printed handout under each chart. */
import { useApp } from '../AppContext';
import type { Dataset, Report } from '../../data/dataset';
import type { Messages } from '../../i18n/messages';
import { indexDataset } from '../../model/datasetIndex';
import { buildSourceLine, describeSources } from './exportSources';

const lines = new WeakMap<readonly string[], Map<Messages, string | null>>();

/**
 * The sources line of a chart's values (null when they name no report), once per array of keys and
 * language: a national chart has 2,850 values, and the line is worked out after the chart is drawn.
 */
export function chartSourceLine(dataset: Dataset, keys: readonly string[], t: Messages): string | null {
  let byLanguage = lines.get(keys);
  if (!byLanguage) lines.set(keys, (byLanguage = new Map()));
  if (!byLanguage.has(t)) {
    const { rank } = indexDataset(dataset);
    const sources = describeSources(reportsOfKeys(dataset, keys), (report) => rank.get(report) ?? Number.MAX_SAFE_INTEGER);
    byLanguage.set(t, sources.reports.length === 0 ? null : buildSourceLine(sources, t));
  }
  return byLanguage.get(t)!;
}

/** The reports of the keys that name a figure of the dataset, read off the keys: no figure is made for it. */
export function reportsOfKeys(dataset: Dataset, keys: readonly string[]): { report: Report }[] {
  const reports = new Map<string, { report: Report }>();
  for (const key of keys) {
    const id = key.slice(0, key.indexOf('/'));
    const report = dataset.reportById.get(id);
    if (report && !reports.has(id) && dataset.observationByKey.has(key)) reports.set(id, { report });
  }
  return [...reports.values()];
}

export function ChartSources({ keys }: { keys: readonly string[] }) {
  const { dataset, t } = useApp();
  const line = chartSourceLine(dataset, keys, t);
  if (line === null) return null;
  return <p className="chart-sources print-only">{line}</p>;
}
