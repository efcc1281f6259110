/**
 * A chart with its title, definition, comparability footnotes and, one keystroke away, its values as a
 * table; its export buttons, and the sources line the printed handout shows under it.
 */
import type { EChartsCoreOption } from 'echarts/core';
import { memo, useId, useRef, useState } from 'react';
import { EChart, type EChartHandle } from '../../charts/EChart';
// Exports need the dataset behind the values, which only the app context has: the card is a feature's,
// beside the export feature, and the heavy part of an export is loaded on the first click.
import { ChartExport } from '../export/ChartExport';
import { ChartSources } from '../export/ChartSources';
import { ValuesTable, type ChartValue } from '../../components/ValuesTable';

interface ChartCardProps {
  id: string;
  /** Across the screen's whole width rather than one column of its grid. */
  wide?: boolean;
  title: string;
  subtitle?: string;
  option: EChartsCoreOption;
  height: number;
  caveats: string[];
  /** How many reports give the chart's figures (for tests: a chart compares at least two). */
  reporting: number;
  values: ChartValue[];
  /** The observation keys of the values (the same array while the values stay). */
  keys: readonly string[];
  onSelect: (key: string) => void;
  /** Called with the key of a value the pointer comes over (see EChart). */
  onHover?: (key: string) => void;
  /** Called with the text of a clicked district label. */
  onLabel?: (label: string) => void;
  /** Whether the chart animates from one drawing to the next (see EChart). */
  animateUpdates?: boolean;
  /** Interface words the card needs, in the current language. */
  words: { showTable: string; hideTable: string; caveats: string; district: string; notReported: string };
}

/** Memoized: opening the source panel re-renders the screen, and a national chart has 2,850 values to go through. */
export const ChartCard = memo(function ChartCard({ id, wide, title, subtitle, option, height, caveats, reporting, values, keys, onSelect, onHover, onLabel, animateUpdates, words }: ChartCardProps) {
  const [showTable, setShowTable] = useState(false);
  const tableId = useId();
  const chart = useRef<EChartHandle>(null);
  return (
    <figure className={wide ? 'chart-card chart-wide' : 'chart-card'} id={`chart-${id}`} data-reporting={reporting} aria-labelledby={`${tableId}-title`}>
      <figcaption>
        <h3 id={`${tableId}-title`}>{title}</h3>
        {subtitle && <p className="chart-subtitle">{subtitle}</p>}
      </figcaption>
      <EChart ref={chart} option={option} height={height} onSelect={onSelect} onHover={onHover} onLabel={onLabel} label={id} animateUpdates={animateUpdates} />
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
        <ValuesTable className="values-table" id={tableId} values={values} onSelect={onSelect} words={words} />
      )}
    </figure>
  );
});
