/**
 * A chart's export buttons: PNG (2×) and SVG with the sources drawn in, and its values as CSV. The
 * export code itself is imported on the first click, so the screens load without it.
 */
import { useCallback, useMemo, type RefObject } from 'react';
import { useApp } from '../../app/AppContext';
import type { EChartHandle } from '../../charts/EChart';
import { rowsOfKeys } from '../../model/buildExportTable';
import { buildFileName, buildSourceLine, describeSources, formatExportDate } from './exportSources';
import { useExportAction } from './useExportAction';

interface ChartExportProps {
  title: string;
  subtitle?: string;
  caveats: string[];
  /** The observation keys the chart draws. */
  keys: string[];
  chart: RefObject<EChartHandle | null>;
}

type Format = 'png' | 'svg' | 'csv';

export function ChartExport({ title, subtitle, caveats, keys, chart }: ChartExportProps) {
  const { dataset, lang, t } = useApp();
  const keyList = keys.join('\n');
  const rows = useMemo(() => rowsOfKeys(dataset, keyList.split('\n')), [dataset, keyList]);
  const action = useCallback(
    async (format: Format) => {
      const sources = describeSources(rows);
      const date = formatExportDate(new Date());
      const fileName = buildFileName(title, sources, date, format, t, lang);
      if (format === 'csv') {
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
    [rows, title, subtitle, caveats, chart, t, lang],
  );
  const { run, failed } = useExportAction(action);
  if (rows.length === 0) return null;
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
