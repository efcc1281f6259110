/** The figures only one district reports, in columns: each figure a button to its source, as on the screens. */
import { useId, useLayoutEffect, useRef } from 'react';
import { useApp } from '../AppContext';
import { FAMILY_SPECS } from '../family/familySpecs';
import { isOneLine, type FigureGroup, type FiguresSlide } from './buildFigureSlides';

function FigureButton({ figureKey, value }: { figureKey: string; value: string }) {
  const { openSource } = useApp();
  return (
    <button type="button" className="value-button figure-value" onClick={() => openSource(figureKey)}>
      {value}
    </button>
  );
}

/** One chart's figures: on one line when it is one figure, else its title and district above its parts. */
function Group({ group }: { group: FigureGroup }) {
  if (isOneLine(group)) {
    const [figure] = group.figures;
    // A flow's one figure says which step it is; a ranking's title names its indicator already.
    const step = group.title.startsWith(figure.indicator) ? '' : ` · ${figure.indicator}`;
    return (
      <li className="figure-group" data-single={group.id}>
        <span className="figure-title">{group.title + step}</span>
        <FigureButton figureKey={figure.key} value={figure.value} />
        <span className="figure-district">{group.district}</span>
      </li>
    );
  }
  return (
    <li className="figure-group" data-single={group.id}>
      <span className="figure-title">{group.title}</span>
      <span className="figure-district">{group.district}</span>
      <ul className="figure-parts">
        {group.figures.map((figure) => (
          <li key={figure.key}>
            <span className="figure-part">{figure.indicator}</span>
            <FigureButton figureKey={figure.key} value={figure.value} />
          </li>
        ))}
      </ul>
    </li>
  );
}

/** The figures' type relative to the slide's, and the smallest it shrinks to where long names wrap. */
const FIGURE_EM = 1.25;
const MIN_SCALE = 0.6;

/**
 * A box whose type is set so its content fits it: FIGURE_EM, or smaller where long names wrap (the slides
 * are packed by lines, and English names are longer); again whenever the type or the content changes.
 */
function useFitType(fontPx: number, content: unknown) {
  const box = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    for (let scale = 1; ; scale *= 0.92) {
      element.style.fontSize = `${FIGURE_EM * Math.max(scale, MIN_SCALE)}em`;
      if (element.scrollHeight <= element.clientHeight + 1 || scale <= MIN_SCALE) break;
    }
  }, [fontPx, content]);
  return box;
}

export function FiguresSlideView({ slide, fontPx }: { slide: FiguresSlide; fontPx: number }) {
  const { lang } = useApp();
  const titleId = useId();
  const box = useFitType(fontPx, slide);
  const families = [...new Set(slide.columns.flat().map((group) => group.family))].map((family) => FAMILY_SPECS[family].title[lang]);
  return (
    <article className="slide-figures" aria-labelledby={titleId}>
      <header className="slide-head">
        <div>
          <p className="slide-kicker">{families.join(' · ')}</p>
          <h2 id={titleId}>{slide.title}</h2>
          <p className="slide-subtitle">{slide.subtitle}</p>
        </div>
      </header>
      <div className="figure-columns" ref={box}>
        {slide.columns.map((column, i) => (
          <ul key={i} className="figure-column">
            {column.map((group) => (
              <Group key={group.id} group={group} />
            ))}
          </ul>
        ))}
      </div>
    </article>
  );
}
