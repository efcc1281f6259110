/**
 * A chart with its title, definition, comparability footnotes and, one keystroke away, its values as a
 * table; its export buttons, and the sources line the printed handout shows under it.
 */
import type { EChartsCoreOption } from 'echarts/core';
import { memo, useId, useRef, useState } from 'react';
import { EChart, type EChartHandle } from '../charts/EChart';
// Exports need the dataset behind the values, which only the app context has; they live with the
// export feature, and the heavy part of them is loaded on the first click.
import { ChartExport } from '../features/export/ChartExport';
import { ChartSources } from '../features/export/ChartSources';

/** One value of a chart as the keyboard table lists it. */
export interface ChartValue {
  row: string;
  column: string;
  /** Observation key; absent for a gap. */
  key?: string;
  text: string;
}

interface ChartCardProps {
  id: string;
  title: string;
  subtitle?: string;
  option: EChartsCoreOption;
  height: number;
  caveats: string[];
  values: ChartValue[];
  onSelect: (key: string) => void;
  /** Interface words the card needs, in the current language. */
  words: { showTable: string; hideTable: string; caveats: string; district: string; notReported: string };
}

/** Memoized: opening the source panel re-renders the screen, and a national chart has 2,850 values to go through. */
export const ChartCard = memo(function ChartCard({ id, title, subtitle, option, height, caveats, values, onSelect, words }: ChartCardProps) {
  const [showTable, setShowTable] = useState(false);
  const tableId = useId();
  const chart = useRef<EChartHandle>(null);
  const keys = values.flatMap((value) => (value.key ? [value.key] : []));
  const rows = [...new Set(values.map((v) => v.row))];
  const columns = [...new Set(values.map((v) => v.column))];
  return (
    <figure className="chart-card" id={`chart-${id}`} aria-labelledby={`${tableId}-title`}>
      <figcaption>
        <h3 id={`${tableId}-title`}>{title}</h3>
        {subtitle && <p className="chart-subtitle">{subtitle}</p>}
      </figcaption>
      <EChart ref={chart} option={option} height={height} onSelect={onSelect} label={id} />
      {caveats.length > 0 && (
        <ul className="caveats" aria-label={words.caveats}>
          {caveats.map((caveat) => (
            <li key={caveat}>{caveat}</li>
          ))}
        </ul>
      )}
      <ChartSources keys={keys} />
      <div className="chart-actions">
        <button type="button" className="link-button" aria-expanded={showTable} aria-controls={tableId} onClick={() => setShowTable(!showTable)}>
          {showTable ? words.hideTable : words.showTable}
        </button>
        <ChartExport title={title} subtitle={subtitle} caveats={caveats} keys={keys} chart={chart} />
      </div>
      {showTable && (
        <table className="values-table" id={tableId}>
          <thead>
            <tr>
              <th scope="col">{words.district}</th>
              {columns.map((column) => (
                <th scope="col" key={column}>
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row}>
                <th scope="row">{row}</th>
                {columns.map((column) => {
                  const value = values.find((v) => v.row === row && v.column === column);
                  return (
                    <td key={column}>
                      {value?.key ? (
                        <button type="button" className="value-button" onClick={() => onSelect(value.key!)}>
                          {value.text}
                        </button>
                      ) : (
                        <span className="gap">{words.notReported}</span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </figure>
  );
});
