/**
 * A screen's one-district figures gathered after its charts: one compact list, in the charts' order,
 * instead of a card each in the grid (a card of one figure beside a chart left most of its row empty).
 */
import { useApp } from '../AppContext';
import type { SingleSpec } from './drawSpec';
import { FigureLines, LONG_GROUP, SingleTitle } from './SingleFigures';

interface SingleFigureListProps {
  singles: SingleSpec['single'][];
  onSelect: (key: string) => void;
}

/** The list: a heading and a note saying why these are not charted, then each chart's figures under its title. */
export function SingleFigureList({ singles, onSelect }: SingleFigureListProps) {
  const { t } = useApp();
  return (
    <section className="single-figures single-list" aria-labelledby="single-list-title" data-single-list="">
      <h3 id="single-list-title">{t.chart.singleListTitle}</h3>
      <p className="single-note">{t.chart.singleListNote}</p>
      <div className="single-groups">
        {singles.map((single) => (
          <div className={single.figures.length > LONG_GROUP ? 'single-group long' : 'single-group'} key={single.id} id={`chart-${single.id}`} data-single={single.id}>
            <SingleTitle title={single.title} figures={single.figures} as="h4" />
            <FigureLines title={single.title} figures={single.figures} onSelect={onSelect} />
          </div>
        ))}
      </div>
    </section>
  );
}
