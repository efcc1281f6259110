/** The benchmark's statistics, targets and the short table it prints. */

/** The median of some numbers (null when there are none). */
export function median(values) {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The 95th percentile (nearest rank) of some numbers (null when there are none). */
export function p95(values) {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)];
}

/** What the issue asks for; each is checked against the report's field of the same name. */
export const TARGETS = {
  loadToFloorRatio: { max: 0.6, what: 'load (navigation to all charts) within 0.6× the PapaParse floor' },
  longestTaskMs: { max: 100, what: 'no task on the page’s thread over 100 ms during load' },
  heapMB: { max: 64, what: 'JS heap after load at most 64 MB' },
  filterP95Ms: { max: 100, what: 'filter change to updated chart, 95th percentile, under 100 ms' },
  panelP95Ms: { max: 50, what: 'click to source panel, 95th percentile, under 50 ms' },
  profileP95Ms: { max: 100, what: 'address to a drawn district profile, 95th percentile, under 100 ms' },
  overviewJsGzipBytes: { max: 400 * 1024, what: 'JavaScript the overview needs, at most 400 KB gzip' },
  lighthouseScore: { min: 0.95, what: 'Lighthouse desktop performance with the curated data, at least 0.95' },
};

const ms = (value) => (value === null ? '—' : `${Math.round(value)} ms`);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** Whether the report meets a target: true, false, or null when it was not measured. */
export function meets(report, name) {
  const target = TARGETS[name];
  const value = name === 'lighthouseScore' ? report.lighthouse?.score : report[name];
  if (value === null || value === undefined) return null;
  return target.max !== undefined ? value <= target.max : value >= target.min;
}

/** Prints the short table. */
export function printReport(report) {
  const verdict = (name) => ({ true: 'met', false: 'NOT MET', null: 'not measured' })[String(meets(report, name))];
  const rows = [
    ['observations', report.observations.toLocaleString('en-GB'), ''],
    ['first chart', ms(report.firstChartMs), ''],
    ['all charts (loadMs)', ms(report.loadMs), ''],
    ['  worker: small files / observations read and checked', `${ms(report.fetchMs)} / ${ms(report.parseMs)}`, ''],
    ['PapaParse floor in Node', ms(report.parseFloorMs), ''],
    ['load / floor', report.loadToFloorRatio?.toFixed(2) ?? '—', verdict('loadToFloorRatio')],
    ['  each load / the floor before it', report.loadToFloorPerRunMedian?.toFixed(2) ?? '—', ''],
    ['longest task during load', ms(report.longestTaskMs), verdict('longestTaskMs')],
    ['JS heap after load', report.heapMB === null ? '—' : `${report.heapMB.toFixed(0)} MB`, verdict('heapMB')],
    ['filter → chart p95', ms(report.filterP95Ms), verdict('filterP95Ms')],
    ...Object.entries(report.filterP95ByKindMs).map(([kind, value]) => [`  ${kind}`, ms(value), '']),
    ['click → source panel p95', ms(report.panelP95Ms), verdict('panelP95Ms')],
    ['address → district profile p95', ms(report.profileP95Ms), verdict('profileP95Ms')],
    ['  first profile (loads its code)', ms(report.profileFirstMs ?? null), ''],
    ['overview JS gzip / brotli', `${kb(report.overviewJsGzipBytes)} / ${kb(report.overviewJsBrotliBytes)}`, verdict('overviewJsGzipBytes')],
    ['initial JS gzip / brotli', `${kb(report.initialJsGzipBytes)} / ${kb(report.initialJsBrotliBytes)}`, ''],
    ['initial CSS gzip / brotli', `${kb(report.initialCssGzipBytes)} / ${kb(report.initialCssBrotliBytes)}`, ''],
    ['Lighthouse (desktop, curated)', report.lighthouse.score === null ? report.lighthouse.reason : String(report.lighthouse.score), verdict('lighthouseScore')],
  ];
  console.log(`\nMedians over ${report.runs} runs (${report.machine.cpus} CPUs, load average ${report.machine.loadAverageAtEnd.map((l) => l.toFixed(1)).join(' ')})`);
  for (const [label, value, met] of rows) console.log(`${label.padEnd(32)} ${String(value).padEnd(36)} ${met}`);
}
