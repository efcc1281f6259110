/** One chart filling a slide: family, title and definition above, the chart's caveats below (the source line is the slide's foot). */
import { useId, useMemo, useState } from 'react';
import { useApp } from '../AppContext';
import { EChart } from '../../charts/EChart';
import type { ChartSlide } from './buildDeck';
import { buildSlideOption } from './buildSlideOption';
import { slideValues } from './slideValues';
import { SlideValues } from './SlideValues';
import { useElementSize } from './useElementSize';
// A slide of the 历年趋势 view draws lines.
import '../trends/registerLineChart';

export function ChartSlideView({ slide, fontPx }: { slide: ChartSlide; fontPx: number }) {
  const { lang, t, openSource } = useApp();
  const [plotRef, plot] = useElementSize<HTMLDivElement>();
  const [showTable, setShowTable] = useState(false);
  const tableId = useId();
  const option = useMemo(() => buildSlideOption(slide, plot.width, fontPx), [slide, plot.width, fontPx]);
  return (
    <article className="slide-chart" data-reporting={slide.reporting} aria-labelledby={`${tableId}-title`}>
      <header className="slide-head">
        <div>
          <p className="slide-kicker">{slide.familyTitle}</p>
          <h2 id={`${tableId}-title`}>{slide.title}</h2>
          {slide.subtitle && <p className="slide-subtitle">{slide.subtitle}</p>}
        </div>
        <button
          type="button"
          className="slide-tool"
          aria-expanded={showTable}
          aria-controls={tableId}
          onClick={() => setShowTable(!showTable)}
        >
          {showTable ? t.chart.hideTable : t.chart.showTable}
        </button>
      </header>
      <div className="slide-plot" ref={plotRef}>
        {showTable ? (
          <SlideValues
            id={tableId}
            values={slideValues(slide.chart, lang)}
            onSelect={openSource}
            words={{ district: t.chart.district, notReported: t.notReported }}
          />
        ) : (
          plot.height > 0 && <EChart option={option} height={plot.height} onSelect={openSource} label={slide.id} />
        )}
      </div>
      {slide.caveats.length > 0 && (
        <ul className="slide-caveats" aria-label={t.chart.caveats}>
          {slide.caveats.map((caveat) => (
            <li key={caveat}>{caveat}</li>
          ))}
        </ul>
      )}
    </article>
  );
}
