/**
 * The presentation: the deck of the filters in view, one 16:9 slide filling the window. The slide number
 * lives in the address (`#/present?slide=3`), so a link reopens it and back and forward step through it.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useApp } from '../AppContext';
import type { Route, YearFilter } from '../../url/viewState';
import { buildDeck, clampSlide, type Slide } from './buildDeck';
import { ChartSlideView } from './ChartSlideView';
import { FiguresSlideView } from './FiguresSlideView';
import { applyKey, type KeyAction } from './presentKeys';
import { slideFontPx } from './projectorOption';
import { SlideBar } from './SlideBar';
import { SourcesSlideView } from './SourcesSlideView';
import { TitleSlideView } from './TitleSlideView';
import { usePresentKeys } from './usePresentKeys';
import { useSlideSize } from './useSlideSize';
import './present.css';

/** Full screen is a request the browser may refuse (no user gesture, a policy); the slide works either way. */
function toggleFullscreen(): void {
  const request = document.fullscreenElement
    ? document.exitFullscreen()
    : document.documentElement.requestFullscreen?.();
  request?.catch(() => undefined);
}

function SlideView({ slide, fontPx }: { slide: Slide; fontPx: number }) {
  switch (slide.kind) {
    case 'title':
      return <TitleSlideView slide={slide} />;
    case 'chart':
      return <ChartSlideView slide={slide} fontPx={fontPx} />;
    case 'figures':
      return <FiguresSlideView slide={slide} fontPx={fontPx} />;
    case 'sources':
      return <SourcesSlideView slide={slide} />;
  }
}

function useDeck(year: YearFilter, province: string | null, districtsKey: string, perCapita: boolean, trend: boolean) {
  const { dataset, lang } = useApp();
  // Keyed on the filters alone, so opening the source panel does not rebuild (and redraw) the slide.
  return useMemo(
    () =>
      buildDeck(dataset, { year, province, districts: districtsKey ? districtsKey.split(',') : [], perCapita, trend }, lang),
    [dataset, year, province, districtsKey, perCapita, trend, lang],
  );
}

/** The presentation at slide `slide`; Esc (or the exit button) returns to `returnTo`, the screen it was opened from. */
export function Present({ slide: requested, returnTo }: { slide: number; returnTo: Route }) {
  const { dataset, view, t, navigate } = useApp();
  const deck = useDeck(view.year, view.province, view.districts.join(','), view.perCapita, view.trend);
  const slide = clampSlide(requested, deck.length);
  const current = deck[slide - 1];
  const size = useSlideSize();
  const fontPx = slideFontPx(size.width);
  const [typed, setTyped] = useState('');
  const [fullscreen, setFullscreen] = useState(() => document.fullscreenElement !== null);
  const panelOpen = view.source !== null && dataset.observationByKey.has(view.source);

  const go = useCallback(
    (n: number) => navigate({ route: { name: 'present', slide: clampSlide(n, deck.length) }, source: null }),
    [navigate, deck.length],
  );
  const leave = useCallback(
    () => navigate({ route: returnTo, source: null, indicator: null, paragraph: null }),
    [navigate, returnTo],
  );
  const onAction = useCallback(
    (action: KeyAction) => {
      const outcome = applyKey({ slide, total: deck.length, typed, panelOpen }, action);
      setTyped(outcome.typed);
      if (outcome.effect === 'leave') leave();
      else if (outcome.effect === 'fullscreen') toggleFullscreen();
      else if (outcome.slide !== slide) go(outcome.slide);
    },
    [slide, deck.length, typed, panelOpen, go, leave],
  );
  usePresentKeys(onAction);

  // A half-typed slide number is forgotten after a pause, so a stray digit never jumps later.
  useEffect(() => {
    if (typed === '') return;
    const timer = window.setTimeout(() => setTyped(''), 5000);
    return () => window.clearTimeout(timer);
  }, [typed]);
  useEffect(() => {
    const onChange = () => setFullscreen(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', onChange);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      // Leaving the presentation by a link or the back button also leaves full screen.
      if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
    };
  }, []);

  return (
    <section className="present" aria-label={t.present.label}>
      <h1 className="visually-hidden">{t.appTitle}</h1>
      <div
        className="slide"
        data-slide={current.id}
        style={{ width: size.width, height: size.height, fontSize: fontPx }}
      >
        <div className="slide-body">
          <SlideView key={current.id} slide={current} fontPx={fontPx} />
        </div>
        <footer className="slide-foot">
          <p className="slide-footnote">{current.kind === 'chart' || current.kind === 'figures' ? current.footnote : ''}</p>
          <SlideBar
            slide={slide}
            total={deck.length}
            typed={typed}
            fullscreen={fullscreen}
            onGo={go}
            onFullscreen={toggleFullscreen}
            onLeave={leave}
          />
        </footer>
      </div>
      <p className="visually-hidden" aria-live="polite">
        {t.present.slideLabel(slide, deck.length, current.title)}
      </p>
    </section>
  );
}
