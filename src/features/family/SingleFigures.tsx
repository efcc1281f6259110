/**
 * Figures that only one selected district reports: a chart of one bar beside four "not reported" rows
 * compares nothing, so each is shown as a figure with its district, a click from its source.
 */
import { useApp } from '../AppContext';
import type { SingleFigure } from './drawSpec';

interface SingleFiguresProps {
  id: string;
  /** The chart's title; omitted in a list that gathers several charts' figures. */
  title?: string;
  figures: SingleFigure[];
  onSelect: (key: string) => void;
}

/** A compact card: the title, then each figure as indicator · value (a button to its source) · district. */
export function SingleFigures({ id, title, figures, onSelect }: SingleFiguresProps) {
  const { t } = useApp();
  return (
    <div className="single-figures" id={`chart-${id}`} data-single={id}>
      {title && <h3>{title}</h3>}
      <p className="single-note">{t.chart.singleNote}</p>
      <ul>
        {figures.map((figure) => (
          <li key={figure.key}>
            {!title?.startsWith(figure.indicator) && <span className="single-indicator">{figure.indicator}</span>}
            <button type="button" className="value-button single-value" onClick={() => onSelect(figure.key)}>
              {figure.value}
            </button>
            <span className="single-district">{figure.district}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
