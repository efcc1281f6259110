/**
 * The one ECharts wrapper, over echarts-for-react: only the charts and components the dashboard uses are
 * registered (tree-shaken through echarts/core), rendered as SVG for crisp projection. A click on a value reports its observation key.
 * A parent can hold its ECharts instance (for exports); for print it is redrawn at the page's width.
 */
// The ES module build: the CommonJS one's default export does not survive bundling.
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { BarChart, ScatterChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { LabelLayout } from 'echarts/features';
import type { EChartsCoreOption, EChartsType } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import {
  useContext,
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type Ref,
} from 'react';
import { flushSync } from 'react-dom';
import { ScreenAside } from './screenAside';
import { chartQueue } from './chartQueue';
import { keyOfDatum } from './datum';
import { labelOfEvent } from './withLabelLinks';
import { legendGridTop, withLegendRoom } from './legendRoom';
import { REPLACED_ON_UPDATE, updateOption } from './updateOption';

echarts.use([
  BarChart,
  ScatterChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  AriaComponent,
  LabelLayout,
  SVGRenderer,
]);

/**
 * The chart's width on paper, in CSS pixels: an A4 landscape page less the 10 mm margins of the print
 * stylesheet (`@page` in styles.css) is 277 mm ≈ 1047 px, and a little is left for the card's edge.
 */
export const PRINT_WIDTH_PX = 1000;
/** The tallest a chart is drawn on paper: the page's 718 px height less its title and footnotes. */
export const PRINT_MAX_HEIGHT_PX = 440;

/**
 * How long a chart's new size holds before the chart is drawn at that size: a national overview takes
 * ~150 ms to redraw, not worth spending while the source panel is opened and closed again at once.
 */
const RESIZE_SETTLE_MS = 200;

/** What a parent can ask of a drawn chart: its live ECharts instance, for exports. */
export interface EChartHandle {
  getInstance(): EChartsType | undefined;
}

interface EChartProps {
  option: EChartsCoreOption;
  height: number;
  /** Called with the observation key of a clicked value. */
  onSelect: (key: string) => void;
  label: string;
  /** Called with the observation key of a value the pointer comes over (a click on it may follow). */
  onHover?: (key: string) => void;
  /** Called with the text of a clicked category label (see withLabelLinks). */
  onLabel?: (label: string) => void;
  /** Whether the drawing animates, first and on updates (off for national charts, where it costs frames). */
  animateUpdates?: boolean;
  ref?: Ref<EChartHandle>;
}

/**
 * Draws an option with echarts-for-react; the element is labelled for assistive technology and tests.
 * The chart is mounted in its turn of the chart queue (chartQueue), and the queue waits until it has
 * drawn: echarts-for-react makes a first instance to learn the element's size, and in an animation frame
 * after mounting makes the chart and draws it; eight charts mounted together would draw in one frame.
 * A new option is merged into the drawing in the commit.
 */
export function EChart({ option, height, onSelect, onHover, onLabel, label, animateUpdates = true, ref }: EChartProps) {
  const instance = useRef<EChartsType | undefined>(undefined);
  const [mounted, setMounted] = useState(false);
  // Handlers read through a ref: the events echarts-for-react binds stay the same object.
  const handlers = useRef({ onSelect, onHover, onLabel });
  useLayoutEffect(() => {
    handlers.current = { onSelect, onHover, onLabel };
  });
  const onEvents = useMemo(
    () => ({
      click: (params: { data?: unknown }) => {
        const key = keyOfDatum(params.data);
        // The source panel opens and the page reflows under a tooltip that would stay over the labels.
        if (key) instance.current?.dispatchAction({ type: 'hideTip' });
        if (key) handlers.current.onSelect(key);
        const label = labelOfEvent(params);
        if (label !== undefined) handlers.current.onLabel?.(label);
      },
      mouseover: (params: { data?: unknown }) => {
        const key = keyOfDatum(params.data);
        if (key) handlers.current.onHover?.(key);
      },
    }),
    [],
  );
  useImperativeHandle(ref, () => ({ getInstance: () => instance.current }), []);

  // Merged into the drawing on an update (updateOption): decals and animation said outright.
  const given = useMemo(() => updateOption(option, animateUpdates), [option, animateUpdates]);
  const givenRef = useRef(given);
  useLayoutEffect(() => {
    givenRef.current = given;
  });

  // The chart is initialised at its element's width as the browser last laid it out (a ResizeObserver
  // tells it after each layout): asking the element while the chart is made would lay the page out again,
  // changed by the chart drawn just before (~5 ms a chart, eight charts a screen).
  const box = useRef<HTMLDivElement>(null);
  const laidOutWidth = useRef<number | undefined>(undefined);
  useLayoutEffect(() => {
    const element = box.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      // Whole pixels, as the element's clientWidth gives them (and ECharts' own measuring).
      const width = Math.round(entries.at(-1)?.contentRect.width ?? 0);
      laidOutWidth.current = width > 0 ? width : undefined;
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const [opts, setOpts] = useState<{ renderer: 'svg'; width?: number; height?: number }>(OPTS);
  // The first option, fitted to the width the chart is made at (echarts-for-react draws only this one).
  const first = useMemo(() => withLegendRoom(given, opts.width), [given, opts.width]);
  const heightNow = useRef(height);
  useLayoutEffect(() => {
    heightNow.current = height;
  });

  // Called when the chart has drawn for the first time (and ends the chart's turn in the queue).
  const drawnRef = useRef<() => void>(() => {});
  // A chart on a screen laid out aside (kept, or drawn ahead: app/KeptScreens) is drawn after everything
  // the page shows: its turn is among the queue's later jobs, until its screen shows.
  const aside = useContext(ScreenAside);
  const asideRef = useRef(aside);
  useLayoutEffect(() => {
    asideRef.current = aside;
  });
  useLayoutEffect(() => {
    if (mounted) return;
    return chartQueue.add(
      () =>
        new Promise<void>((resolve) => {
          drawnRef.current = resolve;
          const width = laidOutWidth.current;
          flushSync(() => {
            if (width !== undefined) setOpts({ ...OPTS, width, height: heightNow.current });
            setMounted(true);
          });
        }),
      aside,
    );
  }, [mounted, aside]);
  // A chart taken away before it drew lets the queue go on.
  useEffect(() => () => drawnRef.current(), []);

  // A new size (the window, the source panel opening beside the screen) is drawn once the size has settled
  // for a moment, in a task of the queue: the panel's quote is shown first. A size that is back to the
  // drawn one before that (the panel closed again) is not drawn at all.
  const stopResizing = useRef<() => void>(() => {});
  const printing = useRef(false);
  const drawnSize = useRef([0, 0]);
  const onChartReady = (chart: EChartsType) => {
    instance.current = chart;
    // Made at another width than its first option was fitted to (or an unknown one): the plot moves below
    // a legend that wraps at the width the chart has, if that is not where it is.
    const top = legendGridTop(given, chart.getWidth());
    if (top !== undefined && top !== (first.grid as { top?: unknown } | undefined)?.top)
      chart.setOption({ grid: { top } });
    chart.getZr().flush();
    drawnRef.current();
    const element = chart.getDom();
    // The size the chart was drawn at, from the chart: reading the element's would lay the page out again
    // (its new SVG has just been added), once per chart as a screen's charts are mounted.
    drawnSize.current = [chart.getWidth(), chart.getHeight()];
    let cancelResize: (() => void) | undefined;
    const observer = new ResizeObserver(() => {
      // Out of the page (its screen taken away) or not laid out, the element has no size: the drawing stays.
      const now = [element.clientWidth, element.clientHeight];
      // While printing, the chart keeps the page's width it was redrawn at (see the print effect below).
      if (!element.isConnected || now[0] === 0 || printing.current) return;
      cancelResize?.();
      cancelResize = undefined;
      if (now[0] === drawnSize.current[0] && now[1] === drawnSize.current[1]) return;
      const timer = setTimeout(() => {
        cancelResize = chartQueue.add(() => {
          cancelResize = undefined;
          // A print begun since the size changed holds the page's width (afterprint draws the element's again).
          if (chart.isDisposed() || !element.isConnected || element.clientWidth === 0 || printing.current) return;
          drawnSize.current = [element.clientWidth, element.clientHeight];
          makeLegendRoom(chart, givenRef.current, element.clientWidth);
          // 'auto': the chart follows its element again (it was initialised at a given size).
          chart.resize({ width: 'auto', height: 'auto' });
          chart.getZr().flush();
          // A chart on a screen aside follows the new width after the charts on view.
        }, asideRef.current);
      }, RESIZE_SETTLE_MS);
      cancelResize = () => clearTimeout(timer);
    });
    observer.observe(element);
    // Drawn for the first time while printing (its turn in the queue came after the print began): at the
    // page's width, as the charts drawn before it were.
    if (printing.current && !asideRef.current)
      redrawAt(chart, givenRef.current, PRINT_WIDTH_PX, printHeight(heightNow.current));
    stopResizing.current = () => {
      cancelResize?.();
      observer.disconnect();
    };
  };
  useEffect(
    () => () => {
      stopResizing.current();
      instance.current = undefined;
    },
    [],
  );
  // A drawn chart follows its new option at once, in the commit, set here rather than by echarts-for-react
  // (shouldSetOption): it would set the option and, on a new height, resize the chart after it, drawing it
  // twice. Here a new height (a ranking of more or fewer districts) is drawn with the option in one go: the
  // option is only merged (lazyUpdate) and the resize draws it, at the width the chart has (read from the
  // chart, not from the page). It is painted now rather than in the next animation frame.
  useLayoutEffect(() => {
    const chart = instance.current;
    if (!chart || chart.isDisposed()) return;
    const resized = height !== drawnSize.current[1];
    chart.setOption(withLegendRoom(given, chart.getWidth()), { replaceMerge: REPLACED, lazyUpdate: resized });
    if (resized) {
      chart.resize({ width: chart.getWidth(), height, animation: { duration: animateUpdates ? UPDATE_MS : 0 } });
      drawnSize.current = [chart.getWidth(), height];
    }
    chart.getZr().flush();
  }, [given, height, animateUpdates]);

  // The SVG is drawn at its screen width, which may be wider or narrower than the page: before printing
  // the chart is redrawn at the page's width, and after printing at its container's width again.
  useEffect(() => {
    // A width once given sticks to the instance until 'auto' releases it. The page is laid out for print
    // right after the event, before the next animation frame, so the new drawing is flushed at once.
    const redraw = (toWidth: number | 'auto', toHeight: number | 'auto') => {
      const chart = instance.current;
      // A screen aside is not printed.
      if (!chart || chart.isDisposed() || asideRef.current) return;
      redrawAt(chart, givenRef.current, toWidth, toHeight);
    };
    const beforePrint = () => {
      printing.current = true;
      redraw(PRINT_WIDTH_PX, printHeight(height));
    };
    const afterPrint = () => {
      printing.current = false;
      redraw('auto', 'auto');
    };
    window.addEventListener('beforeprint', beforePrint);
    window.addEventListener('afterprint', afterPrint);
    return () => {
      window.removeEventListener('beforeprint', beforePrint);
      window.removeEventListener('afterprint', afterPrint);
    };
  }, [height]);
  // The height is the chart's own; echarts-for-react draws the first option, the effect above the next ones.
  return (
    <div className="echart" data-chart={label} ref={box}>
      {mounted ? (
        <ReactEChartsCore
          echarts={echarts}
          option={first}
          replaceMerge={REPLACED}
          shouldSetOption={NEVER}
          opts={opts}
          autoResize={false}
          onEvents={onEvents}
          onChartReady={onChartReady}
          style={{ height, width: '100%' }}
        />
      ) : (
        <div style={{ height, width: '100%' }} />
      )}
    </div>
  );
}

/** Wider on paper, so a little taller too: the bars keep their proportions and fill more of the page. */
function printHeight(height: number): number {
  return Math.min(Math.round(height * 1.5), Math.max(height, PRINT_MAX_HEIGHT_PX));
}

/** Draws a chart at once at a given size ('auto': its element's), its legend's room made for that width. */
function redrawAt(chart: EChartsType, given: EChartsCoreOption, width: number | 'auto', height: number | 'auto') {
  makeLegendRoom(chart, given, width === 'auto' ? chart.getDom().clientWidth : width);
  chart.resize({ width, height, animation: { duration: 0 } });
  chart.getZr().flush();
}

/** Moves the plot below a wrapping legend for a new width; the resize that follows draws it. */
function makeLegendRoom(chart: EChartsType, option: EChartsCoreOption, widthPx: number): void {
  const top = legendGridTop(option, widthPx);
  if (top !== undefined) chart.setOption({ grid: { top } }, { lazyUpdate: true });
}

const OPTS = { renderer: 'svg' } as const;
/** echarts-for-react sets only the first option (see the effect that sets the next ones). */
const NEVER = () => false;
/** ECharts' own duration of an update's animation (animationDurationUpdate). */
const UPDATE_MS = 300;
const REPLACED = [...REPLACED_ON_UPDATE];
