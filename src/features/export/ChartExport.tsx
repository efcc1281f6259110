/**
 * A chart's export buttons: PNG (2×) and SVG with the sources drawn in, and its values as CSV. The
 * export code itself is imported on the first click, so the screens load without it.
 */
import { useCallback, type RefObject } from 'react';
import { useApp } from '../AppContext';
import { loadQuotes } from '../../data/loadDataset';
import type { EChartHandle } from '../../charts/EChart';
import { rowsOfKeys } from '../../model/buildExportTable';
import { buildFileName, buildSourceLine, describeSources, formatExportDate } from './exportSources';
import { useExportAction } from './useExportAction';

interface ChartExportProps {
  title: string;
  subtitle?: string;
  caveats: string[];
  /** The observation keys the chart draws. */
  keys: readonly string[];
  chart: RefObject<EChartHandle | null>;
}

type Format = 'png' | 'svg' | 'csv';

export function ChartExport({ title, subtitle, caveats, keys, chart }: ChartExportProps) {
  const { dataset, lang, t } = useApp();
  const action = useCallback(
    async (format: Format) => {
      // Looked up on the click, not on every drawing: a national chart has 2,850 values.
      const rows = rowsOfKeys(dataset, keys);
      const sources = describeSources(rows);
      const date = formatExportDate(new Date());
      const fileName = buildFileName(title, sources, date, format, t, lang);
      if (format === 'csv') {
        await loadQuotes(dataset);
        const { exportCsv } = await import('./exportCsv');
        return exportCsv(rows, lang, t, fileName);
      }
      const instance = chart.current?.getInstance();
      if (!instance) throw new Error('the chart is not drawn');
      const { exportChart } = await import('./exportChart');
      await exportChart({
        format,
        instance,
        fileName,
        title,
        subtitle,
        notes: caveats,
        sourceLine: buildSourceLine(sources, t),
        exportedLine: t.export.exported(date, t.appTitle),
      });
    },
    [dataset, keys, title, subtitle, caveats, chart, t, lang],
  );
  const { run, failed } = useExportAction(action);
  if (keys.length === 0) return null;
  const formats: [Format, string, string][] = [
    ['png', t.export.png, t.export.pngLabel(title)],
    ['svg', t.export.svg, t.export.svgLabel(title)],
    ['csv', t.export.csv, t.export.csvLabel(title)],
  ];
  return (
    <div className="chart-export" role="group" aria-label={t.export.actions(title)}>
      {formats.map(([format, text, label]) => (
        <button key={format} type="button" className="export-button" data-export={format} aria-label={label} title={label} onClick={() => run(format)}>
          {text}
        </button>
      ))}
      {failed && (
        <span className="export-failed" role="alert">
          {t.export.failed}
        </span>
      )}
    </div>
  );
}
