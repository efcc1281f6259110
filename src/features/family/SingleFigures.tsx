/**
 * Figures that only one selected district reports: a chart of one bar beside four "not reported" rows
 * compares nothing, so each is shown as a figure with its district, a click from its source.
 */
import { useApp } from '../AppContext';
import type { SingleFigure, SingleSpec } from './drawSpec';

interface FigureLinesProps {
  /** The chart's title: a figure named by it is not named again. */
  title: string;
  figures: SingleFigure[];
  onSelect: (key: string) => void;
}

/** Each figure on a line: indicator (unless the title names it) · value (a button to its source); the district is named once, by the title. */
export function FigureLines({ title, figures, onSelect }: FigureLinesProps) {
  return (
    <ul>
      {figures.map((figure) => (
        <li key={figure.key}>
          {!title.startsWith(figure.indicator) && <span className="single-indicator">{figure.indicator}</span>}
          <button type="button" className="value-button single-value" onClick={() => onSelect(figure.key)}>
            {figure.value}
          </button>
        </li>
      ))}
    </ul>
  );
}

/** The title of one chart's figures and, once, the district they come from (one district by definition). */
export function SingleTitle({ title, figures, as: Heading }: { title: string; figures: SingleFigure[]; as: 'h3' | 'h4' }) {
  return (
    <Heading>
      {title} <span className="single-district">{figures[0]?.district}</span>
    </Heading>
  );
}

/** A list this long is set in columns of its own, across the list's width. */
export const LONG_GROUP = 6;

/** A compact card of one chart's figures: its title, a note why there is no chart, the figures. */
export function SingleFigures({ id, title, figures, onSelect }: SingleSpec['single'] & { onSelect: (key: string) => void }) {
  const { t } = useApp();
  return (
    <div className="single-figures" id={`chart-${id}`} data-single={id}>
      <SingleTitle title={title} figures={figures} as="h3" />
      <p className="single-note">{t.chart.singleNote}</p>
      <FigureLines title={title} figures={figures} onSelect={onSelect} />
    </div>
  );
}
